using System.Globalization;
using System.Xml.Linq;
using static McpServers.Rss.Parsing.FeedNamespaces;

namespace McpServers.Rss.Parsing;

/// <summary>RSS 0.90/0.91/0.92/2.0 (<c>&lt;rss&gt;&lt;channel&gt;</c>) and RSS 1.0 (RDF: items beside the channel).</summary>
internal static class RssReader
{
    public static ParsedFeed Read(XElement root, Uri? documentUrl)
    {
        var isRdf = root.Name == Rdf + "RDF";
        var channel = isRdf ? root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")
            : root.Name.LocalName == "channel" ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName.Equals("channel", StringComparison.OrdinalIgnoreCase));
        if (channel is null)
            throw new FeedFormatException($"this <{root.Name.LocalName}> document has no <channel>, so it is not a feed");
        var ns = isRdf ? (root.Elements().Any(e => e.Name.Namespace == Rss090) ? Rss090 : Rss10) : channel.Name.Namespace;
        var version = (string?)root.Attribute("version");
        var feed = new ParsedFeed
        {
            Format = isRdf ? (ns == Rss090 ? "RSS 0.90" : "RSS 1.0") : version is { Length: > 0 } v ? $"RSS {v}" : "RSS",
        };
        var baseUri = XmlFeedElements.BaseOf(channel, documentUrl);
        feed.Title = channel.Text("title", ns);
        feed.Description = channel.Text("description", ns) ?? channel.Text("subtitle", Itunes);
        feed.Language = channel.Text("language", ns) ?? channel.Text("language", Dc);
        foreach (var link in channel.Elements())
        {
            if (link.Name == ns + "link" && link.Value.Trim() is { Length: > 0 } href)
                feed.Links.Add(new FeedLink(XmlFeedElements.Resolve(href, baseUri)));
            else if (!isRdf && link.Name == Atom + "link" && (string?)link.Attribute("href") is { Length: > 0 } atomHref)
                feed.Links.Add(new FeedLink(XmlFeedElements.Resolve(atomHref, baseUri), (string?)link.Attribute("rel"), (string?)link.Attribute("type")));
        }
        feed.Updated = FeedDates.Parse(channel.Text("lastBuildDate", ns));
        feed.Published = FeedDates.Parse(channel.Text("pubDate", ns)) ?? FeedDates.Parse(channel.Text("date", Dc));
        AddAuthors(feed.Authors, channel.Text("author", Itunes) ?? channel.Text("creator", Dc));
        feed.RefreshHint = RefreshHint(channel, ns);

        var items = isRdf ? root.Elements(ns + "item") : channel.Elements(ns + "item");
        foreach (var item in items)
            feed.Entries.Add(ReadItem(item, ns, isRdf, XmlFeedElements.BaseOf(item, documentUrl)));
        return feed;
    }

    private static ParsedEntry ReadItem(XElement item, XNamespace ns, bool isRdf, Uri? baseUri)
    {
        var entry = new ParsedEntry
        {
            Title = item.Text("title", ns),
            Summary = item.Text("description", ns) ?? item.Text("summary", Itunes),
            Content = item.Text("encoded", Content),
        };
        foreach (var element in item.Elements())
        {
            if (element.Name == ns + "link" && element.Value.Trim() is { Length: > 0 } href)
                entry.Links.Add(new FeedLink(XmlFeedElements.Resolve(href, baseUri)));
            else if (element.Name == Atom + "link" && (string?)element.Attribute("href") is { Length: > 0 } atomHref)
                entry.Links.Add(new FeedLink(XmlFeedElements.Resolve(atomHref, baseUri), (string?)element.Attribute("rel"), (string?)element.Attribute("type")));
            else if (element.Name == ns + "enclosure" && (string?)element.Attribute("url") is { Length: > 0 } url)
                entry.Links.Add(new FeedLink(XmlFeedElements.Resolve(url, baseUri), "enclosure", (string?)element.Attribute("type"),
                    long.TryParse((string?)element.Attribute("length"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var length) ? length : null));
        }
        var guid = item.Child("guid", ns);
        var guidText = guid?.Value.Trim();
        // A permalink guid with no <link> is the item's page (RSS 2.0: isPermaLink defaults to true).
        if (entry.Link is null && guidText is { Length: > 0 } && !string.Equals((string?)guid!.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
            && XmlFeedElements.AbsoluteUrl(guidText) is { Scheme: "http" or "https" })
            entry.Links.Insert(0, new FeedLink(guidText));
        var published = FeedDates.Parse(item.Text("pubDate", ns)) ?? FeedDates.Parse(item.Text("date", Dc));
        entry.Published = published;
        // RSS 2.0 has one date per item: it is both when it was published and its latest version. RSS 1.0's dc:date is publication.
        entry.Updated = FeedDates.Parse(item.Text("updated", Atom)) ?? (isRdf ? null : published);
        AddAuthors(entry.Authors, PersonName(item.Text("author", ns)) ?? item.Text("creator", Dc));
        entry.Categories.AddRange(item.Children("category", ns).Concat(item.Children("subject", Dc)).Select(c => c.Value.Trim()).Where(c => c.Length > 0));
        entry.Id = guidText is { Length: > 0 } ? guidText : (string?)item.Attribute(Rdf + "about") ?? "";
        return entry;
    }

    // RSS 2.0's <author> is "email (Name)": the name is what a reader wants; a bare address stays as it is.
    private static string? PersonName(string? author)
    {
        if (author is null)
            return null;
        var open = author.IndexOf('(');
        return open > 0 && author.EndsWith(')') && author[..open].Contains('@') ? author[(open + 1)..^1].Trim() : author;
    }

    private static void AddAuthors(List<string> authors, string? text)
    {
        if (text is { Length: > 0 })
            authors.Add(text);
    }

    private static TimeSpan? RefreshHint(XElement channel, XNamespace ns)
    {
        if (int.TryParse(channel.Text("ttl", ns), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
            return TimeSpan.FromMinutes(minutes);
        var period = channel.Text("updatePeriod", Sy)?.ToLowerInvariant();
        if (period is null)
            return null;
        var frequency = int.TryParse(channel.Text("updateFrequency", Sy), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 1;
        TimeSpan? unit = period switch
        {
            "hourly" => TimeSpan.FromHours(1),
            "daily" => TimeSpan.FromDays(1),
            "weekly" => TimeSpan.FromDays(7),
            "monthly" => TimeSpan.FromDays(30),
            "yearly" => TimeSpan.FromDays(365),
            _ => null,
        };
        return unit / frequency;
    }
}
