using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using McpServers.PlaywrightWorker.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.PlaywrightWorker;

/// <summary>mcp-playwright-worker: one browser, driven by mcp-playwright's pool over stdio. Not launched by users.</summary>
public static class WorkerDefinition
{
    public static McpServerDefinition Create() => new()
    {
        Name = "playwright-worker",
        ExecutableName = "mcp-playwright-worker",
        Description = "One browser for one mcp-playwright session, driven over stdio by mcp-playwright's worker pool. You do not run this yourself.",
        Options =
        [
            new(WorkerOptionNames.BrowserPath, "Chromium executable", "PLAYWRIGHT_BROWSER_PATH", "/usr/bin/chromium, else Playwright's own browser"),
            new(WorkerOptionNames.Headed, "Show the browser window (needs a display)", IsFlag: true),
            new(WorkerOptionNames.AllowedOrigins, "Only these origins or hosts may be loaded (comma-separated)"),
            new(WorkerOptionNames.BlockedOrigins, "These origins or hosts are never loaded (comma-separated)"),
            new(WorkerOptionNames.AllowFileUrls, "Allow file: URLs", IsFlag: true),
            new(WorkerOptionNames.SnapshotMaxChars, "Longest snapshot returned before it is cut", null, "40000"),
            new(WorkerOptionNames.OutputDirectory, "Where screenshots and PDFs asked for by file name are written", null, "$TMPDIR/mcp-playwright"),
        ],
        ConfigureServices = (services, settings) =>
        {
            services.AddSingleton(_ => BrowserOptions.From(settings));
            services.AddSingleton<BrowserSession>();
        },
        ConfigureMcp = mcp => mcp
            .WithTools<NavigationTools>()
            .WithTools<SnapshotTools>()
            .WithTools<InteractionTools>()
            .WithTools<DialogTools>()
            .WithTools<PageTools>()
            .WithTools<WorkerTools>(),
        BeforeServe = async (_, services, _) =>
        {
            var browser = services.GetRequiredService<BrowserSession>();
            ParentWatch.Start(() => browser.DisposeAsync().AsTask());
            // Launch now, so a warm worker's first call does not wait for the browser.
            await browser.StartAndWarmAsync();
            return null;
        },
    };
}
