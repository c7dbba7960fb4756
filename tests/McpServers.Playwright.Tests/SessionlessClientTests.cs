using McpServers.Testing;
using ModelContextProtocol.Client;

namespace McpServers.Playwright.Tests;

/// <summary>
/// Requests without an MCP session (the 2026-07-28 revision has none; --stateless would make every request so) can never
/// share a browser by accident: no default browser for them, only unguessable handles, and --stateless is refused.
/// </summary>
public sealed class SessionlessClientTests
{
    [Fact]
    public async Task Stateless_IsRefusedWithTheReason()
    {
        var (exitCode, _, stderr) = await ChildProcess.RunAsync(RepoPaths.Executable("McpServers.Playwright", "mcp-playwright"),
            ["--transport", "http", "--port", "0", "--stateless"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("--stateless is refused", stderr);
        Assert.Contains("one client could see another's", stderr);
    }

    [Fact]
    public async Task SessionlessClients_HaveNoSharedDefault_AndEachHandleIsItsOwnBrowser()
    {
        await using var site = await Playground.StartAsync();
        using var server = await PlaywrightHttp.StartAsync("--max-workers", "3", "--warm-workers", "0");
        await using var alice = new BrowserClient(await ConnectSessionlessAsync(server.Endpoint));
        await using var bob = new BrowserClient(await ConnectSessionlessAsync(server.Endpoint));
        Assert.Equal("2026-07-28", alice.Client.NegotiatedProtocolVersion);

        var aliceHandle = (await alice.Client.CallToolAsync("browser_session_open")).StructuredContent!.Value.GetProperty("session").GetString()!;
        await alice.OkAsync("browser_navigate", new { url = site.Url("/second").ToString() }, session: aliceHandle);
        var bobWithoutHandle = await bob.CallAsync("browser_snapshot");
        var bobHandle = (await bob.Client.CallToolAsync("browser_session_open")).StructuredContent!.Value.GetProperty("session").GetString()!;
        var bobsPage = await bob.OkAsync("browser_snapshot", session: bobHandle);
        var alicesPage = await alice.OkAsync("browser_snapshot", session: aliceHandle);

        Assert.True(bobWithoutHandle.IsError);
        Assert.Contains("browser_session_open", BrowserClient.Text(bobWithoutHandle));
        Assert.DoesNotContain("Second page", BrowserClient.Text(bobWithoutHandle));
        Assert.NotEqual(aliceHandle, bobHandle);
        Assert.Matches("^bs_[0-9a-f]{32}$", aliceHandle);
        Assert.DoesNotContain("Second page", bobsPage);
        Assert.Contains("Second page", alicesPage);
    }

    [Fact]
    public async Task BadArguments_AreNamedByTheWorkersSchema()
    {
        await using var browser = await BrowserClient.StartStdioAsync("--warm-workers", "0");

        var badFormat = await browser.CallAsync("browser_take_screenshot", new { type = "gif" });
        var badUrl = await browser.CallAsync("browser_navigate", new { url = 5 });
        var missing = await browser.CallAsync("browser_navigate", new { });

        Assert.Contains("type: expected one of \"png\", \"jpeg\", got string \"gif\"", BrowserClient.Text(badFormat));
        Assert.Contains("url: expected string, got number 5", BrowserClient.Text(badUrl));
        Assert.Contains("url: expected string, got nothing (it is required)", BrowserClient.Text(missing));
        Assert.True(badFormat.IsError == true && badUrl.IsError == true && missing.IsError == true);
    }

    private static Task<McpClient> ConnectSessionlessAsync(Uri endpoint) => McpClient.CreateAsync(
        new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint, TransportMode = HttpTransportMode.StreamableHttp }),
        new McpClientOptions());
}
