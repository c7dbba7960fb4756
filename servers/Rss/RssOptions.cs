using McpServers.Hosting;
using McpServers.Storage;

namespace McpServers.Rss;

/// <summary>mcp-rss settings, from its command line and environment.</summary>
internal sealed record RssOptions
{
    public const string DatabaseOption = "database";
    public const string RefreshIntervalOption = "refresh-interval";
    public const string NoBackgroundRefreshOption = "no-background-refresh";
    public const string RetentionDaysOption = "retention-days";
    public const string FetchTimeoutOption = "fetch-timeout";
    public const string MaxConcurrencyOption = "max-concurrent-fetches";
    public const string MaxFeedBytesOption = "max-feed-bytes";

    public required string DatabasePath { get; init; }
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(30);
    public bool BackgroundRefresh { get; init; } = true;
    public int RetentionDays { get; init; } = 90;
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);
    public int MaxConcurrentFetches { get; init; } = 4;
    public int MaxFeedBytes { get; init; } = 10 * 1024 * 1024;

    public static IReadOnlyList<ServerOption> Options { get; } =
    [
        new(DatabaseOption, "SQLite database of subscriptions and entries (shared safely by several mcp-rss processes)", "RSS_DATABASE",
            "$XDG_DATA_HOME/mcp-servers/rss/rss.db"),
        new(RefreshIntervalOption, "How often the background refresh looks for due feeds; each feed's own ttl/sy:updatePeriod/Cache-Control is honoured on top", "RSS_REFRESH_INTERVAL", "30m"),
        new(NoBackgroundRefreshOption, "Only refresh when refresh_feeds is called", IsFlag: true),
        new(RetentionDaysOption, "Delete read entries first seen more than this many days ago (unread entries are never deleted; 0 keeps everything)", "RSS_RETENTION_DAYS", "90"),
        new(FetchTimeoutOption, "Give up on a feed fetch after this long", "RSS_FETCH_TIMEOUT", "20s"),
        new(MaxConcurrencyOption, "Feeds fetched at once during a refresh", "RSS_MAX_CONCURRENT_FETCHES", "4"),
        new(MaxFeedBytesOption, "Largest feed document accepted", "RSS_MAX_FEED_BYTES", "10485760"),
    ];

    public static RssOptions From(ServerSettings settings) => new()
    {
        DatabasePath = settings.Get(DatabaseOption) is { } path ? DataPaths.Resolve(path) : Path.Combine(DataPaths.DataDirectory("rss"), "rss.db"),
        RefreshInterval = settings.GetDuration(RefreshIntervalOption) ?? TimeSpan.FromMinutes(30),
        BackgroundRefresh = !settings.IsSet(NoBackgroundRefreshOption),
        RetentionDays = settings.GetInt(RetentionDaysOption, 0) ?? 90,
        FetchTimeout = settings.GetDuration(FetchTimeoutOption) ?? TimeSpan.FromSeconds(20),
        MaxConcurrentFetches = settings.GetInt(MaxConcurrencyOption, 1) ?? 4,
        MaxFeedBytes = settings.GetInt(MaxFeedBytesOption, 1024) ?? 10 * 1024 * 1024,
    };
}
