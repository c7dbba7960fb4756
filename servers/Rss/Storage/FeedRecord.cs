namespace McpServers.Rss.Storage;

/// <summary>One subscription as stored, with its fetch state.</summary>
internal sealed record FeedRecord
{
    public long Id { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    public string? SiteUrl { get; init; }
    public string? Format { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public int Unread { get; init; }
    public int Entries { get; init; }
    public string? Etag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastFetch { get; init; }
    public DateTimeOffset? LastSuccess { get; init; }
    public string? LastError { get; init; }
    public int ErrorCount { get; init; }
    public DateTimeOffset? NextFetch { get; init; }
    public TimeSpan? RefreshHint { get; init; }
    public string? DisabledReason { get; init; }

    public static string TagText(IEnumerable<string> tags) =>
        string.Join(",", tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal));
}
