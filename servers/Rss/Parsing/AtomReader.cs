using System.Xml.Linq;
using static McpServers.Rss.Parsing.FeedNamespaces;

namespace McpServers.Rss.Parsing;

/// <summary>Atom 1.0 and 0.3 feeds, and a lone Atom entry document (read as a feed of one).</summary>
internal static class AtomReader
{
    public static ParsedFeed Read(XElement root, Uri? documentUrl)
    {
        var ns = root.Name.Namespace;
        var feed = new ParsedFeed { Format = ns == Atom03 ? "Atom 0.3" : "Atom 1.0" };
        if (root.Name.LocalName == "entry")
        {
            feed.Entries.Add(ReadEntry(root, ns, documentUrl));
            return feed;
        }
        feed.Title = TextConstruct(root.Child("title", ns));
        feed.Description = TextConstruct(root.Child("subtitle", ns) ?? root.Child("tagline", ns));
        feed.Language = (string?)root.Attribute(Xml + "lang");
        AddLinks(feed.Links, root, ns, documentUrl);
        feed.Updated = FeedDates.Parse(root.Text("updated", ns) ?? root.Text("modified", ns));
        feed.Published = FeedDates.Parse(root.Text("published", ns));
        feed.Authors.AddRange(Authors(root, ns));
        foreach (var entry in root.Elements(ns + "entry"))
            feed.Entries.Add(ReadEntry(entry, ns, documentUrl));
        return feed;
    }

    private static ParsedEntry ReadEntry(XElement element, XNamespace ns, Uri? documentUrl)
    {
        var entry = new ParsedEntry
        {
            Id = element.Text("id", ns) ?? "",
            Title = TextConstruct(element.Child("title", ns)),
            Summary = TextConstruct(element.Child("summary", ns)),
            Content = TextConstruct(element.Child("content", ns)),
            Updated = FeedDates.Parse(element.Text("updated", ns) ?? element.Text("modified", ns)),
            Published = FeedDates.Parse(element.Text("published", ns) ?? element.Text("issued", ns) ?? element.Text("created", ns)),
        };
        AddLinks(entry.Links, element, ns, documentUrl);
        entry.Authors.AddRange(Authors(element, ns));
        entry.Categories.AddRange(element.Children("category", ns).Select(c => (string?)c.Attribute("label") ?? (string?)c.Attribute("term") ?? "").Where(c => c.Length > 0));
        // YouTube and others put the description in media:group.
        entry.Summary ??= element.Child("group", Media)?.Text("description", Media);
        return entry;
    }

    private static void AddLinks(List<FeedLink> links, XElement parent, XNamespace ns, Uri? documentUrl)
    {
        foreach (var link in parent.Children("link", ns))
        {
            if ((string?)link.Attribute("href") is not { Length: > 0 } href)
                continue;
            long? length = long.TryParse((string?)link.Attribute("length"), out var l) ? l : null;
            links.Add(new FeedLink(XmlFeedElements.Resolve(href, XmlFeedElements.BaseOf(link, documentUrl)), (string?)link.Attribute("rel"), (string?)link.Attribute("type"), length));
        }
    }

    private static IEnumerable<string> Authors(XElement parent, XNamespace ns) =>
        parent.Children("author", ns).Select(a => a.Text("name", ns) ?? a.Value.Trim()).Where(a => a.Length > 0);

    /// <summary>The text of a title, summary or content: html and text as written, xhtml as the markup inside its div.</summary>
    private static string? TextConstruct(XElement? element)
    {
        if (element is null)
            return null;
        if ((string?)element.Attribute("type") is "xhtml" or "application/xhtml+xml")
        {
            var container = element.Elements().FirstOrDefault() ?? element;
            var markup = string.Concat(container.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return markup.Trim() is { Length: > 0 } m ? m : null;
        }
        if ((string?)element.Attribute("mode") == "base64")
        {
            try
            {
                return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(element.Value.Trim()));
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return element.Value.Trim() is { Length: > 0 } text ? text : null;
    }
}
