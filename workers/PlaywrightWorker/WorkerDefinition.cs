using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using McpServers.PlaywrightWorker.Tools;
using McpServers.WorkerRpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace McpServers.PlaywrightWorker;

/// <summary>mcp-playwright-worker: one browser, driven by mcp-playwright's pool over stdio. Not launched by users.</summary>
public static class WorkerDefinition
{
    public static McpServerDefinition Create() => new()
    {
        Name = "playwright-worker",
        ExecutableName = "mcp-playwright-worker",
        Description = "One browser for one mcp-playwright session, driven over stdio by mcp-playwright's worker pool. You do not run this yourself.",
        Options = WorkerOptions.All,
        DescribeToolError = (e, services) =>
        {
            services.GetRequiredService<BrowserSession>().ExitIfRemoteLost(e);
            return BrowserCall.Describe(e);
        },
        ConfigureServices = (services, settings) =>
        {
            services.AddSingleton(_ => BrowserOptions.From(settings));
            services.AddSingleton<BrowserSession>();
        },
        ConfigureMcp = mcp => mcp
            .AddTools<NavigationTools>()
            .AddTools<SnapshotTools>()
            .AddTools<InteractionTools>()
            .AddTools<DialogTools>()
            .AddTools<PageTools>()
            .AddTools<WorkerTools>(),
        // Started by mcp-playwright's pool: its worker channel (StreamJsonRpc). Between two sessions the pool has the browser reset:
        // every tab closed, cookies and storage cleared.
        ServeStdioInstead = WorkerRpcHost.WhenPooled((services, _) => services.GetRequiredService<BrowserSession>().ResetAsync()),
        BeforeServe = async (_, services, _) =>
        {
            var browser = services.GetRequiredService<BrowserSession>();
            ParentWatch.Start(() => browser.DisposeAsync().AsTask());
            // Launch now, so a warm worker's first call does not wait for the browser.
            try
            {
                await browser.StartAndWarmAsync();
            }
            catch (Exception e) when (e is ToolInputException or PlaywrightException)
            {
                // A browser that cannot be had now (a remote endpoint down, a Chromium that fails to start): serve anyway, as
                // the tool list does not need it; each call tries again and answers this error until the browser is there.
                Console.Error.WriteLine(e.Message.Split('\n')[0]);
            }
            return null;
        },
    };
}
