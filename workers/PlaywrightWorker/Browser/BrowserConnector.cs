using McpServers.Hosting;
using Microsoft.Playwright;

namespace McpServers.PlaywrightWorker.Browser;

/// <summary>
/// Gets the worker its browser: Chromium launched here, or a remote one through a Playwright server or a DevTools (CDP)
/// endpoint. A remote browser that cannot be reached, or speaks another Playwright version, is an error saying what to run.
/// </summary>
internal static class BrowserConnector
{
    private const float ConnectTimeoutMs = 30_000;

    public static async Task<IBrowser> OpenAsync(IPlaywright playwright, BrowserOptions options, Func<List<string>> launchArguments)
    {
        var endpoints = options.Endpoints;
        var headers = endpoints.Headers.Count == 0 ? null : endpoints.Headers;
        try
        {
            if (endpoints.PlaywrightServer is { } server)
                return await playwright.Chromium.ConnectAsync(server.AbsoluteUri, new BrowserTypeConnectOptions { Headers = headers, Timeout = ConnectTimeoutMs });
            if (endpoints.Cdp is { } cdp)
                return await playwright.Chromium.ConnectOverCDPAsync(cdp.AbsoluteUri, new BrowserTypeConnectOverCDPOptions { Headers = headers, Timeout = ConnectTimeoutMs });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new ToolInputException(Describe(e, endpoints));
        }
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = options.ExecutablePath,
            Headless = !options.Headed,
            Args = launchArguments(),
        });
    }

    /// <summary>What a failed connection means and what to do about it.</summary>
    public static string Describe(Exception error, BrowserEndpoints endpoints)
    {
        var said = error.Message.Split('\n')[0].Trim();
        if (endpoints.PlaywrightServer is { } server)
        {
            // The server refuses a client of another major.minor with HTTP 428 and a "version mismatch" text.
            if (error.Message.Contains("428", StringComparison.Ordinal) || error.Message.Contains("version", StringComparison.OrdinalIgnoreCase))
                return $"The Playwright server at {server} runs another Playwright version than mcp-playwright ({BrowserEndpoints.PlaywrightVersion}); "
                    + $"the protocol needs the same major.minor. Run `npx playwright@{BrowserEndpoints.PlaywrightVersion} run-server` or the image "
                    + $"mcr.microsoft.com/playwright:v{BrowserEndpoints.PlaywrightVersion}-noble. ({Flatten(error.Message)})";
            return $"Could not connect to the Playwright server at {server}: {said}. Check that it runs and is reachable from here "
                + "(and --browser-endpoint-headers when it needs a token).";
        }
        return $"Could not connect to Chromium's DevTools endpoint {endpoints.Cdp}: {said}. Start Chromium with --remote-debugging-port "
            + "(and --remote-debugging-address if it is on another machine), and check the port.";
    }

    private static string Flatten(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
