using McpServers.Testing;

namespace McpServers.Playwright.Tests;

/// <summary>mcp-playwright reached over stdio (launched by the client) or over Streamable HTTP (a launched server process).</summary>
internal sealed class BrowserConnection : IAsyncDisposable
{
    private readonly HttpServerProcess? _server;

    private BrowserConnection(BrowserClient browser, HttpServerProcess? server)
    {
        Browser = browser;
        _server = server;
    }

    public BrowserClient Browser { get; }

    public static async Task<BrowserConnection> OpenAsync(string transport, params string[] args)
    {
        if (transport == "stdio")
            return new(await BrowserClient.StartStdioAsync(args), null);
        var server = await PlaywrightHttp.StartAsync(args);
        return new(await BrowserClient.ConnectHttpAsync(server.Endpoint), server);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _server?.Dispose();
    }
}
