using McpServers.Testing;

namespace McpServers.Playwright.Tests;

/// <summary>mcp-playwright over HTTP on a free port.</summary>
internal static class PlaywrightHttp
{
    public static Task<HttpServerProcess> StartAsync(params string[] args) => StartAsync(null, args);

    public static Task<HttpServerProcess> StartAsync(IDictionary<string, string?>? environment, params string[] args) =>
        HttpServerProcess.StartAsync("McpServers.Playwright", "mcp-playwright", environment, args);
}
