using McpServers.Testing;

namespace McpServers.Playwright.Tests;

/// <summary>Browsers on a Playwright server or a DevTools endpoint instead of this machine: same tools, no local Chromium.</summary>
public sealed class RemoteBrowserTests
{
    [Fact]
    public async Task ThreeSessions_RunOnAPlaywrightServer_WithoutLocalChromium_AndLosingItIsAnErrorNotAHang()
    {
        await using var site = await Playground.StartAsync();
        using var browsers = await PlaywrightBrowserServer.StartAsync();
        // The endpoint and a token header by environment, as a service's credentials would be given.
        using var server = await PlaywrightHttp.StartAsync(new Dictionary<string, string?>
        {
            ["PLAYWRIGHT_BROWSER_ENDPOINT"] = browsers.Endpoint,
            ["PLAYWRIGHT_BROWSER_ENDPOINT_HEADERS"] = "Authorization=Bearer sekrit-token",
        }, "--max-workers", "4", "--warm-workers", "0");
        var clients = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => BrowserClient.ConnectHttpAsync(server.Endpoint)));
        try
        {
            await Task.WhenAll(clients.Select(async client =>
            {
                await client.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });
                var snapshot = await client.OkAsync("browser_snapshot");
                await client.OkAsync("browser_click", new { target = BrowserClient.Ref(snapshot, "button", "Press me") });
                Assert.Contains("Clicked!", await client.OkAsync("browser_snapshot"));
            }));

            var ours = ProcessTree.Descendants(server.Process.Process.Id);
            Assert.Equal(3, ours.Count(p => ProcessTree.CommandOf(p).Contains("mcp-playwright-worker", StringComparison.Ordinal)));
            Assert.DoesNotContain(ours, p => ProcessTree.CommandOf(p).Contains("chromium", StringComparison.Ordinal));
            Assert.DoesNotContain(ours, p => ProcessTree.CommandOf(p).Contains("sekrit", StringComparison.Ordinal) || ProcessTree.CommandOf(p).Contains(browsers.Endpoint, StringComparison.Ordinal));
            Assert.Contains(ProcessTree.Descendants(browsers.ProcessId), p => ProcessTree.CommandOf(p).Contains("chromium", StringComparison.Ordinal));

            browsers.Kill();
            var after = await Task.WhenAll(clients.Select(c => c.CallAsync("browser_snapshot").WaitAsync(TimeSpan.FromSeconds(30))));

            Assert.All(after, result => Assert.True(result.IsError == true, BrowserClient.Text(result)));
            Assert.All(after, result => Assert.Contains("crashed", BrowserClient.Text(result)));
            Assert.All(after, result => Assert.Contains("the remote browser at " + browsers.Endpoint + " disconnected", BrowserClient.Text(result)));
            // Reported once: the next call is a new browser's, which cannot connect while the server is gone.
            var next = await clients[0].CallAsync("browser_snapshot").WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(next.IsError == true);
            Assert.Contains("Could not connect to the Playwright server at " + browsers.Endpoint, BrowserClient.Text(next));
            Assert.DoesNotContain("crashed", BrowserClient.Text(next));
        }
        finally
        {
            foreach (var client in clients)
                await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task ASession_RunsOnChromiumThroughItsDevToolsEndpoint_AndLeavesThatChromiumRunning()
    {
        await using var site = await Playground.StartAsync();
        var profile = Directory.CreateTempSubdirectory("mcp-cdp-test-");
        using var chromium = ChildProcess.Start("/usr/bin/chromium",
            // Loopback only: none of Chromium's background calls home (updates, sync, safe browsing lists) are made.
            ["--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
             "--no-first-run", "--no-default-browser-check", "--metrics-recording-only", "--disable-domain-reliability",
             $"--user-data-dir={profile.FullName}", "about:blank"]);
        try
        {
            var listening = await chromium.WaitForStderrLineAsync(l => l.StartsWith("DevTools listening on ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            var endpoint = listening["DevTools listening on ".Length..].Trim();
            using (var server = await PlaywrightHttp.StartAsync("--warm-workers", "0", "--cdp-endpoint", endpoint))
            {
                await using var client = await BrowserClient.ConnectHttpAsync(server.Endpoint);
                await client.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });
                var snapshot = await client.OkAsync("browser_snapshot");
                await client.OkAsync("browser_click", new { target = BrowserClient.Ref(snapshot, "button", "Press me") });

                Assert.Contains("Clicked!", await client.OkAsync("browser_snapshot"));
                Assert.DoesNotContain(ProcessTree.Descendants(server.Process.Process.Id), p => ProcessTree.CommandOf(p).Contains("chromium", StringComparison.Ordinal));
            }

            // Still serving after the workers are gone: the worker closed nothing but its own context.
            var port = new Uri(endpoint).Port;
            using var http = new HttpClient();
            var version = await http.GetStringAsync($"http://127.0.0.1:{port}/json/version");
            Assert.Contains("webSocketDebuggerUrl", version);
        }
        finally
        {
            chromium.Dispose();
            profile.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task APlaywrightServerOfAnotherVersion_IsAnErrorSayingWhichToRun()
    {
        using var browsers = await PlaywrightBrowserServer.StartAsync("playwright-core-1.50");
        await using var client = await BrowserClient.StartStdioAsync("--warm-workers", "0", "--browser-endpoint", browsers.Endpoint);

        var result = await client.CallAsync("browser_navigate", new { url = "about:blank" });

        var text = BrowserClient.Text(result);
        Assert.True(result.IsError == true, text);
        Assert.Contains("runs another Playwright version than mcp-playwright (1.64.1)", text);
        Assert.Contains("npx playwright@1.64.1 run-server", text);
    }

    [Theory]
    [InlineData("--browser-endpoint", "http://127.0.0.1:9/", "is not a ws://, wss:// address")]
    [InlineData("--browser-endpoint-headers", "Authorization=Bearer x", "needs --browser-endpoint or --cdp-endpoint")]
    [InlineData("--browser-endpoint-headers", "Authorization", "is not Name=Value")]
    public async Task AWrongEndpoint_IsAUsageError(string option, string value, string expected)
    {
        var (exitCode, _, stderr) = await ChildProcess.RunAsync(RepoPaths.Executable("McpServers.Playwright", "mcp-playwright"), [option, value]);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, stderr);
    }

    [Fact]
    public async Task BothEndpoints_IsAUsageError()
    {
        var (exitCode, _, stderr) = await ChildProcess.RunAsync(RepoPaths.Executable("McpServers.Playwright", "mcp-playwright"),
            ["--browser-endpoint", "ws://127.0.0.1:9/x", "--cdp-endpoint", "http://127.0.0.1:9"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("not both", stderr);
    }
}
