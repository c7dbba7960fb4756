namespace McpServers.Playwright.Pool;

/// <summary>The server's own option names, and which of them are passed on to every worker.</summary>
internal static class PlaywrightOptions
{
    public const string MaxWorkers = "max-workers";
    public const string WarmWorkers = "warm-workers";
    public const string IdleTimeout = "session-idle";
    public const string AcquireTimeout = "acquire-timeout";
    public const string MaxSessionsPerWorker = "max-sessions-per-worker";
    public const string WorkerPath = "worker-path";

    /// <summary>Options the worker understands, forwarded as they were given.</summary>
    public static readonly string[] ForwardedValues = ["browser-path", "browser-allowed-origins", "browser-blocked-origins", "snapshot-max-chars", "output-dir"];

    public static readonly string[] ForwardedFlags = ["headed", "allow-file-urls"];
}
