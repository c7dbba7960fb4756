using McpServers.Hosting;
using McpServers.Playwright.Pool;
using McpServers.Playwright.Tools;
using McpServers.ProcessPool;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace McpServers.Playwright;

/// <summary>mcp-playwright: a real browser per session, each in its own worker process from a capped pool.</summary>
public static class PlaywrightServerDefinition
{
    public static McpServerDefinition Create() => new()
    {
        Name = "playwright",
        ExecutableName = "mcp-playwright",
        Description = "A real browser for AI agents (navigate, snapshot with element refs, click, type, screenshots, tabs, console, network). "
            + "Every session runs in its own worker process with its own Chromium, from a capped pool with warm spares and idle expiry.",
        Instructions = "Use browser_snapshot to see the page as an accessibility tree with refs like e12, then pass a ref as 'target' to "
            + "browser_click, browser_type and the other element tools. Pass 'session' to drive several isolated browsers.",
        DefaultPort = 3102,
        Options =
        [
            new(PlaywrightOptions.MaxWorkers, "Most browser workers at once (sessions and warm spares)", "PLAYWRIGHT_MAX_WORKERS", "4"),
            new(PlaywrightOptions.WarmWorkers, "Workers kept started and ready for new sessions", "PLAYWRIGHT_WARM_WORKERS", "1"),
            new(PlaywrightOptions.IdleTimeout, "Close a browser session unused for this long (e.g. 15m)", "PLAYWRIGHT_SESSION_IDLE", "15m"),
            new(PlaywrightOptions.AcquireTimeout, "How long a new session waits for a free worker before 'pool full'", "PLAYWRIGHT_ACQUIRE_TIMEOUT", "30s"),
            new(PlaywrightOptions.MaxSessionsPerWorker, "Sessions a worker serves (reset in between) before it is replaced", "PLAYWRIGHT_MAX_SESSIONS_PER_WORKER", "1"),
            new(PlaywrightOptions.WorkerPath, "The mcp-playwright-worker executable", "PLAYWRIGHT_WORKER_PATH", "beside mcp-playwright"),
            new("browser-path", "Chromium executable", "PLAYWRIGHT_BROWSER_PATH", "/usr/bin/chromium, else Playwright's own browser"),
            new("browser-allowed-origins", "Only these origins or hosts may be loaded, by navigation or by any request (comma-separated)",
                "PLAYWRIGHT_ALLOWED_ORIGINS"),
            new("browser-blocked-origins", "These origins or hosts are never loaded (comma-separated)", "PLAYWRIGHT_BLOCKED_ORIGINS"),
            new("allow-file-urls", "Allow file: URLs (refused by default)", IsFlag: true),
            new("headed", "Show browser windows (needs a display)", IsFlag: true),
            new("snapshot-max-chars", "Longest snapshot returned before it is cut (it says so, and how to narrow it)", "PLAYWRIGHT_SNAPSHOT_MAX_CHARS", "40000"),
            new("output-dir", "Folder for screenshots and PDFs saved by file name", "PLAYWRIGHT_OUTPUT_DIR", "$TMPDIR/mcp-playwright"),
        ],
        ConfigureServices = (services, settings) =>
        {
            services.AddSingleton(_ => WorkerPoolFactory.OptionsFrom(settings));
            services.AddSingleton(sp => new WorkerPool(sp.GetRequiredService<WorkerPoolOptions>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<WorkerPool>>()));
            services.AddSingleton<BrowserToolProxy>();
            services.AddSingleton<SessionTools>();
        },
        ConfigureMcp = mcp => mcp
            .WithTools<SessionTools>()
            .WithListToolsHandler((context, cancellationToken) => context.Services!.GetRequiredService<BrowserToolProxy>().ListAsync(context, cancellationToken))
            .WithCallToolHandler((context, cancellationToken) => context.Services!.GetRequiredService<BrowserToolProxy>().CallAsync(context, cancellationToken)),
        BeforeServe = (_, services, _) =>
        {
            services.GetRequiredService<BrowserToolProxy>();
            services.GetRequiredService<WorkerPool>().Warm();
            return Task.FromResult<int?>(null);
        },
    };
}
