namespace McpServers.Rss.Parsing;

/// <summary>A link of a feed or entry: where it points, its relation (alternate, self, enclosure...) and media type.</summary>
internal sealed record FeedLink(string Href, string? Rel = null, string? MediaType = null, long? Length = null);

/// <summary>A feed as read from one document, whatever its format.</summary>
internal sealed class ParsedFeed
{
    /// <summary>e.g. "RSS 2.0", "RSS 1.0", "Atom 1.0", "JSON Feed 1.1".</summary>
    public required string Format { get; init; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Language { get; set; }
    public List<FeedLink> Links { get; } = [];
    public DateTimeOffset? Updated { get; set; }
    public DateTimeOffset? Published { get; set; }
    public List<string> Authors { get; } = [];
    /// <summary>How often the publisher says to look again (RSS ttl, sy:updatePeriod/Frequency).</summary>
    public TimeSpan? RefreshHint { get; set; }
    public List<ParsedEntry> Entries { get; } = [];

    /// <summary>The web page of the feed: the first link that is not self, hub or an enclosure.</summary>
    public string? SiteLink => Links.FirstOrDefault(l => l.Rel is null or "alternate")?.Href;
}

/// <summary>One item of a feed.</summary>
internal sealed class ParsedEntry
{
    /// <summary>The entry's own id (guid, id, rdf:about), else its link, else a hash of title and date: stable across fetches.</summary>
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public List<FeedLink> Links { get; } = [];
    public DateTimeOffset? Published { get; set; }
    public DateTimeOffset? Updated { get; set; }
    public List<string> Authors { get; } = [];
    /// <summary>Short text or HTML (description, summary).</summary>
    public string? Summary { get; set; }
    /// <summary>Full HTML or text content (content:encoded, atom content, content_html).</summary>
    public string? Content { get; set; }
    public List<string> Categories { get; } = [];

    /// <summary>The entry's page: the first alternate link.</summary>
    public string? Link => Links.FirstOrDefault(l => l.Rel is null or "alternate")?.Href;
}
