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
            // Playwright turns Chromium's sandbox off unless asked for it: ask, except where it cannot run (see LaunchArguments).
            ChromiumSandbox = !BrowserSession.WithoutSandbox(options.NoSandbox),
            Args = launchArguments(),
        });
    }

    /// <summary>What a failed connection means and what to do about it.</summary>
    public static string Describe(Exception error, BrowserEndpoints endpoints)
    {
        var endpoint = endpoints.PlaywrightServer ?? endpoints.Cdp!;
        var shown = BrowserEndpoints.Redacted(endpoint);
        // Playwright's message quotes the endpoint (and its token, if in the query): never repeat it whole.
        var said = error.Message.Split('\n')[0].Trim().Replace(endpoint.AbsoluteUri, shown, StringComparison.Ordinal).Replace(endpoint.OriginalString, shown, StringComparison.Ordinal);
        if (endpoints.PlaywrightServer is not null)
        {
            // The server refuses a client of another major.minor: HTTP "428 Precondition Required", "Playwright version mismatch".
            if (error.Message.Contains("428 Precondition Required", StringComparison.OrdinalIgnoreCase)
                || error.Message.Contains("version mismatch", StringComparison.OrdinalIgnoreCase))
                return $"The Playwright server at {shown} runs another Playwright version than mcp-playwright ({BrowserEndpoints.PlaywrightVersion}); "
                    + $"the protocol needs the same major.minor. Run `npx playwright@{BrowserEndpoints.PlaywrightVersion} run-server` or the image "
                    + $"mcr.microsoft.com/playwright:v{BrowserEndpoints.PlaywrightVersion}-noble.";
            return $"Could not connect to the Playwright server at {shown}: {said}. Check that it runs and is reachable from here "
                + "(and --browser-endpoint-headers when it needs a token).";
        }
        return $"Could not connect to Chromium's DevTools endpoint {shown}: {said}. Start Chromium with --remote-debugging-port "
            + "(and --remote-debugging-address if it is on another machine; give it by IP address, Chromium refuses other host names), and check the port.";
    }
}
