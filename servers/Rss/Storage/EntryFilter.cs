namespace McpServers.Rss.Storage;

/// <summary>Which entries a listing wants.</summary>
internal sealed record EntryFilter
{
    public IReadOnlyList<long> FeedIds { get; init; } = [];
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public bool UnreadOnly { get; init; }
    /// <summary>Every keyword must appear in the title or text (case-insensitive).</summary>
    public IReadOnlyList<string> Include { get; init; } = [];
    /// <summary>No keyword may appear.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public int Limit { get; init; } = 20;
    public int Offset { get; init; }
}
