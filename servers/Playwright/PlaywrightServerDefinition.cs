using McpServers.Hosting;
using McpServers.Playwright.Pool;
using McpServers.Playwright.Tools;
using McpServers.PlaywrightWorker;
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
            + "Every session runs in its own worker process with its own Chromium (or a remote browser: --browser-endpoint, --cdp-endpoint), "
            + "from a capped pool with warm spares and idle expiry.",
        Instructions = "Use browser_snapshot to see the page as an accessibility tree with refs like e12, then pass a ref as 'target' to "
            + "browser_click, browser_type and the other element tools. Pass 'session' to drive several isolated browsers; clients without an MCP session open one with browser_session_open first.",
        DefaultPort = 3102,
        Options = PlaywrightOptions.All,
        KeepsClientState = true,
        ConfigureServices = (services, settings) =>
        {
            services.AddSingleton(_ => WorkerPoolFactory.OptionsFrom(settings));
            services.AddSingleton(sp => new WorkerPool(sp.GetRequiredService<WorkerPoolOptions>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<WorkerPool>>()));
            services.AddSingleton<BrowserSessions>();
            services.AddSingleton<BrowserToolProxy>();
        },
        ConfigureMcp = mcp => mcp
            .AddTools<SessionTools>(PlaywrightJson.ToolOptions)
            .WithListToolsHandler((context, cancellationToken) => context.Services!.GetRequiredService<BrowserToolProxy>().ListAsync(context, cancellationToken))
            .WithCallToolHandler((context, cancellationToken) => context.Services!.GetRequiredService<BrowserToolProxy>().CallAsync(context, cancellationToken)),
        BeforeServe = (settings, services, _) =>
        {
            BrowserEndpoints.From(settings); // a wrong endpoint is a usage error now, not a failure in every worker later
            services.GetRequiredService<BrowserSessions>();
            services.GetRequiredService<WorkerPool>().Warm();
            return Task.FromResult<int?>(null);
        },
    };
}
