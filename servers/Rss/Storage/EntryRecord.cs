namespace McpServers.Rss.Storage;

/// <summary>One stored entry.</summary>
internal sealed record EntryRecord
{
    public long Id { get; init; }
    public long FeedId { get; init; }
    public string? FeedTitle { get; init; }
    public required string Guid { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Authors { get; init; }
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public string? Categories { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset? ReadAt { get; init; }
}
