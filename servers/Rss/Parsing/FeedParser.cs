using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using static McpServers.Rss.Parsing.FeedNamespaces;

namespace McpServers.Rss.Parsing;

/// <summary>
/// Reads any feed document: RSS 0.90-2.0, RSS 1.0 (RDF), Atom 0.3/1.0, JSON Feed 1.0/1.1, told apart by content alone.
/// Safe on hostile input: no DTD is processed and no external resource is ever fetched (XXE), entities are never
/// expanded beyond HTML's own (billion laughs), and documents over the size limit are refused.
/// </summary>
internal static class FeedParser
{
    /// <summary>Largest document read (bytes).</summary>
    public const int DefaultMaxBytes = 10 * 1024 * 1024;

    public static ParsedFeed Parse(byte[] data, Uri? documentUrl = null, string? httpCharset = null, int maxBytes = DefaultMaxBytes)
    {
        if (data.Length > maxBytes)
            throw new FeedFormatException($"the document is {data.Length:N0} bytes, over the {maxBytes:N0}-byte limit for a feed");
        var text = FeedText.Decode(data, httpCharset).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\0');
        if (text.Length == 0)
            throw new FeedFormatException("the document is empty");
        ParsedFeed feed;
        if (text[0] is '{' or '[')
            feed = JsonFeedReader.Read(text, documentUrl);
        else if (LooksLikeHtml(text))
        {
            var feeds = HtmlPage.DiscoverFeeds(text, documentUrl);
            throw new FeedFormatException(feeds.Count == 0
                ? "this is an HTML page, not a feed, and it announces no feed (no <link rel=\"alternate\" type=\"application/rss+xml\">)"
                : $"this is an HTML page; it links to these feeds: {string.Join(", ", feeds)}", feeds);
        }
        else if (text[0] != '<')
            throw new FeedFormatException($"this is not a feed: it starts with \"{Preview(text)}\", not with XML or JSON");
        else
            feed = ReadXml(text, documentUrl);
        AssignIds(feed);
        return feed;
    }

    private static ParsedFeed ReadXml(string text, Uri? documentUrl)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, // a DOCTYPE is skipped: no entity it declares exists, no URL it names is fetched
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
        };
        XElement root;
        var repaired = FeedText.RepairEntities(text);
        try
        {
            using var reader = XmlReader.Create(new StringReader(repaired), settings, FeedNamespaces.ForgivingContext());
            root = XDocument.Load(reader).Root ?? throw new FeedFormatException("the XML document has no root element");
        }
        catch (XmlException e)
        {
            // An error on the last line, or "unexpected end", means the document stops in the middle: say so.
            var lastLine = repaired.TrimEnd().Count(c => c == '\n') + 1;
            throw new FeedFormatException(e.LineNumber >= lastLine || e.Message.Contains("unexpected end of file", StringComparison.OrdinalIgnoreCase)
                ? $"the document ends before its XML does (truncated download?): {e.Message}"
                : $"the document is not well-formed XML: {e.Message}");
        }
        var name = root.Name;
        if (name.LocalName.Equals("rss", StringComparison.OrdinalIgnoreCase) || name.LocalName == "channel" || name == Rdf + "RDF")
            return RssReader.Read(root, documentUrl);
        // Atom without its namespace is still Atom (feeds hand-written or templated forget the xmlns).
        if ((name.LocalName is "feed" or "entry") && (name.Namespace == Atom || name.Namespace == Atom03 || name.Namespace == XNamespace.None))
            return AtomReader.Read(root, documentUrl);
        if (name.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase))
            throw new FeedFormatException("this is an XHTML page, not a feed");
        throw new FeedFormatException($"not a feed: this XML document's root element is <{name.LocalName}>"
            + (name.NamespaceName.Length > 0 ? $" in namespace {name.NamespaceName}" : "") + ", not <rss>, <rdf:RDF> or <feed>");
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.Length > 1024 ? text[..1024] : text;
        var lower = head.ToLowerInvariant();
        if (lower.StartsWith("<?xml", StringComparison.Ordinal) && !lower.Contains("<html", StringComparison.Ordinal))
            return false;
        return lower.StartsWith("<!doctype html", StringComparison.Ordinal) || lower.Contains("<html", StringComparison.Ordinal)
            || (lower.Contains("<head", StringComparison.Ordinal) && lower.Contains("<body", StringComparison.Ordinal));
    }

    // Entries without their own id get one that stays the same from fetch to fetch: the link, else a hash of title and date.
    private static void AssignIds(ParsedFeed feed)
    {
        foreach (var entry in feed.Entries.Where(e => e.Id.Length == 0))
        {
            entry.Id = entry.Link ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                $"{entry.Title}\n{entry.Published?.ToString("O") ?? entry.Updated?.ToString("O")}\n{entry.Summary}")))[..32];
        }
    }

    private static string Preview(string text)
    {
        var line = text.Split('\n')[0];
        return line.Length > 40 ? line[..40] + "..." : line;
    }
}
