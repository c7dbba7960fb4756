using McpServers.Hosting;
using McpServers.PlaywrightWorker;

namespace McpServers.Playwright.Pool;

/// <summary>The server's own options (the pool's), and the worker's options it passes on to every worker.</summary>
internal static class PlaywrightOptions
{
    public static readonly ServerOption<int> MaxWorkers = ServerOption.Int("max-workers", "Most browser workers at once (sessions and warm spares)",
        "PLAYWRIGHT_MAX_WORKERS", 4, 1);

    public static readonly ServerOption<int> WarmWorkers = ServerOption.Int("warm-workers", "Workers kept started and ready for new sessions",
        "PLAYWRIGHT_WARM_WORKERS", 1, 0);

    public static readonly ServerOption<TimeSpan> IdleTimeout = ServerOption.Duration("session-idle",
        "Close a browser session unused for this long (e.g. 15m)", "PLAYWRIGHT_SESSION_IDLE", TimeSpan.FromMinutes(15));

    public static readonly ServerOption<TimeSpan> AcquireTimeout = ServerOption.Duration("acquire-timeout",
        "How long a new session waits for a free worker before 'pool full'", "PLAYWRIGHT_ACQUIRE_TIMEOUT", TimeSpan.FromSeconds(30));

    public static readonly ServerOption<int> MaxSessionsPerWorker = ServerOption.Int("max-sessions-per-worker",
        "Sessions a worker serves (reset in between) before it is replaced", "PLAYWRIGHT_MAX_SESSIONS_PER_WORKER", 1, 1);

    public static readonly ServerOption<string?> WorkerPath = ServerOption.Text("worker-path", "The mcp-playwright-worker executable",
        "PLAYWRIGHT_WORKER_PATH", defaultText: "beside mcp-playwright");

    /// <summary>Options the worker understands (declared once, in the worker's WorkerOptions.cs), forwarded as they were given.</summary>
    public static IReadOnlyList<ServerOption> Forwarded => WorkerOptions.All;

    /// <summary>Forwarded options that may hold a secret, passed to workers by environment variable.</summary>
    public static IReadOnlyList<ServerOption> Secret => [WorkerOptions.BrowserEndpoint, WorkerOptions.BrowserEndpointHeaders, WorkerOptions.CdpEndpoint];

    public static IReadOnlyList<ServerOption> All { get; } =
        [MaxWorkers, WarmWorkers, IdleTimeout, AcquireTimeout, MaxSessionsPerWorker, WorkerPath, .. WorkerOptions.All];
}
