using McpServers.Hosting;
using McpServers.Storage;

namespace McpServers.Rss;

/// <summary>mcp-rss settings, with the command-line options that set them.</summary>
internal sealed record RssOptions
{
    public static readonly ServerOption<string?> Database = ServerOption.Text("database",
        "SQLite database of subscriptions and entries (shared safely by several mcp-rss processes)", "RSS_DATABASE",
        defaultText: "$XDG_DATA_HOME/mcp-servers/rss/rss.db");

    public static readonly ServerOption<TimeSpan> RefreshIntervalOption = ServerOption.Duration("refresh-interval",
        "How often the background refresh looks for due feeds; each feed's own ttl/sy:updatePeriod/Cache-Control is honoured on top",
        "RSS_REFRESH_INTERVAL", TimeSpan.FromMinutes(30));

    public static readonly ServerOption<bool> NoBackgroundRefresh = ServerOption.Flag("no-background-refresh",
        "Only refresh when refresh_feeds is called");

    public static readonly ServerOption<int> RetentionDaysOption = ServerOption.Int("retention-days",
        "Delete read entries first seen more than this many days ago (unread entries are never deleted; 0 keeps everything)",
        "RSS_RETENTION_DAYS", 90, 0);

    public static readonly ServerOption<TimeSpan> FetchTimeoutOption = ServerOption.Duration("fetch-timeout",
        "Give up on a feed fetch after this long", "RSS_FETCH_TIMEOUT", TimeSpan.FromSeconds(20));

    public static readonly ServerOption<int> MaxConcurrency = ServerOption.Int("max-concurrent-fetches",
        "Feeds fetched at once during a refresh", "RSS_MAX_CONCURRENT_FETCHES", 4, 1);

    public static readonly ServerOption<long> MaxFeedBytesOption = ServerOption.Size("max-feed-bytes",
        "Largest feed document accepted", "RSS_MAX_FEED_BYTES", 10 * 1024 * 1024, 1024, int.MaxValue);

    public static IReadOnlyList<ServerOption> All { get; } =
        [Database, RefreshIntervalOption, NoBackgroundRefresh, RetentionDaysOption, FetchTimeoutOption, MaxConcurrency, MaxFeedBytesOption];

    public required string DatabasePath { get; init; }
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(30);
    public bool BackgroundRefresh { get; init; } = true;
    public int RetentionDays { get; init; } = 90;
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);
    public int MaxConcurrentFetches { get; init; } = 4;
    public int MaxFeedBytes { get; init; } = 10 * 1024 * 1024;

    public static RssOptions From(ServerSettings settings) => new()
    {
        DatabasePath = settings.Get(Database) is { } path ? DataPaths.Resolve(path) : Path.Combine(DataPaths.DataDirectory("rss"), "rss.db"),
        RefreshInterval = settings.Get(RefreshIntervalOption),
        BackgroundRefresh = !settings.Get(NoBackgroundRefresh),
        RetentionDays = settings.Get(RetentionDaysOption),
        FetchTimeout = settings.Get(FetchTimeoutOption),
        MaxConcurrentFetches = settings.Get(MaxConcurrency),
        MaxFeedBytes = (int)settings.Get(MaxFeedBytesOption),
    };

    /// <summary>The RSS server's known failures as messages that say what to do (see McpServerDefinition.DescribeToolError).</summary>
    public static string? DescribeToolError(Exception exception) => exception switch
    {
        Fetching.FetchException => $"Could not fetch the feed: {exception.Message}.",
        Parsing.FeedFormatException => $"Not a feed: {exception.Message}.",
        Storage.SearchSyntaxException => $"The search query is not valid FTS5 syntax ({exception.Message}). Use words, \"exact phrases\", OR, NOT, prefix*.",
        _ => null,
    };
}
