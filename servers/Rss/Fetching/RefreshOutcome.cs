namespace McpServers.Rss.Fetching;

/// <summary>What refreshing one feed did.</summary>
internal sealed record RefreshOutcome(long FeedId, string Url, string Status, int NewEntries = 0, int UpdatedEntries = 0, string? MovedTo = null, string? Error = null);
