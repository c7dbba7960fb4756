using System.Text.Json.Nodes;
using McpServers.Testing;

namespace McpServers.Playwright.Tests;

/// <summary>Sessions over HTTP: each its own worker process and cookies; a killed worker hurts only its own session.</summary>
public sealed class IsolationTests
{
    [Fact]
    public async Task FiveHttpSessions_EachGetItsOwnWorker_AndCookiesDoNotLeak()
    {
        await using var site = await Playground.StartAsync();
        using var server = await PlaywrightHttp.StartAsync("--max-workers", "6", "--warm-workers", "1");
        var clients = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => BrowserClient.ConnectHttpAsync(server.Endpoint)));
        try
        {
            await Task.WhenAll(clients.Select(async (client, i) =>
            {
                var page = await client.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });
                Assert.Contains("Playground", page);
                await client.OkAsync("browser_evaluate", new { function = $"() => {{ document.cookie = 'who=client{i}; path=/'; return document.cookie; }}" });
            }));
            var cookies = await Task.WhenAll(clients.Select(c => c.OkAsync("browser_evaluate", new { function = "() => document.cookie" })));
            var pids = await Task.WhenAll(clients.Select(async c =>
                (int)JsonNode.Parse((await c.Client.CallToolAsync("browser_session_list")).StructuredContent!.Value.GetRawText())!["sessions"]![0]!["processId"]!));

            for (var i = 0; i < 5; i++)
                Assert.Contains($"\"who=client{i}\"", cookies[i]);
            Assert.Equal(5, pids.Distinct().Count());
        }
        finally
        {
            foreach (var client in clients)
                await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task SigkilledWorker_ReportsTheCrashToItsSession_OthersCarryOn_AndANewSessionWorks()
    {
        await using var site = await Playground.StartAsync();
        await using var browser = await BrowserClient.StartStdioAsync("--max-workers", "4");
        await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() }, session: "victim");
        await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() }, session: "bystander");
        var list = JsonNode.Parse((await browser.Client.CallToolAsync("browser_session_list")).StructuredContent!.Value.GetRawText())!;
        var victim = (int)list["sessions"]!.AsArray().Single(s => (string?)s!["session"] == "victim")!["processId"]!;

        Assert.Equal(0, Posix.Kill(victim, Posix.SigKill));
        var crashed = await browser.CallAsync("browser_snapshot", session: "victim");
        var bystander = await browser.OkAsync("browser_snapshot", session: "bystander");
        var fresh = await browser.OkAsync("browser_navigate", new { url = site.Url("/second").ToString() }, session: "victim");

        Assert.True(crashed.IsError);
        Assert.Contains($"The browser session 'stdio/victim' crashed: its worker process {victim}", BrowserClient.Text(crashed));
        Assert.Contains("Its pages and cookies are gone; call again to start a new browser session.", BrowserClient.Text(crashed));
        Assert.Contains("Playground", bystander);
        Assert.Contains("Second page", fresh);
    }

    [Fact]
    public async Task ThirdSession_WithTwoWorkers_WaitsThenGetsPoolFull_AndClosingASessionLetsItIn()
    {
        await using var site = await Playground.StartAsync();
        await using var browser = await BrowserClient.StartStdioAsync("--max-workers", "2", "--warm-workers", "0", "--acquire-timeout", "2s");
        await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() }, session: "one");
        await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() }, session: "two");

        var full = await browser.CallAsync("browser_navigate", new { url = site.Url("/").ToString() }, session: "three");
        Assert.True(full.IsError);
        Assert.Contains("pool full (2 of 2 busy; sessions: stdio/one, stdio/two)", BrowserClient.Text(full));

        var waiting = browser.OkAsync("browser_navigate", new { url = site.Url("/second").ToString() }, session: "three");
        Assert.Contains("Closed 1", await browser.OkAsync("browser_session_close", new { session = "one" }));
        Assert.Contains("Second page", await waiting);
    }

    [Fact]
    public async Task EndedHttpSession_FreesItsBrowserWorkers()
    {
        await using var site = await Playground.StartAsync();
        using var server = await PlaywrightHttp.StartAsync("--warm-workers", "0");
        await using var watcher = await BrowserClient.ConnectHttpAsync(server.Endpoint);
        int worker;
        await using (var leaving = await BrowserClient.ConnectHttpAsync(server.Endpoint))
        {
            await leaving.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });
            var list = JsonNode.Parse((await leaving.Client.CallToolAsync("browser_session_list")).StructuredContent!.Value.GetRawText())!;
            worker = (int)list["sessions"]![0]!["processId"]!;
        } // disposing the client sends DELETE: the MCP session ends

        Assert.Empty(await ProcessTree.WaitUntilGoneAsync([worker], TimeSpan.FromSeconds(10)));
        var status = JsonNode.Parse((await watcher.Client.CallToolAsync("browser_pool_status")).StructuredContent!.Value.GetRawText())!;
        Assert.Empty(status["sessions"]!.AsArray());
    }
}
