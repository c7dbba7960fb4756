using McpServers.Testing;

namespace McpServers.Playwright.Tests;

/// <summary>
/// A Playwright browser server on loopback (npm playwright-core's chromium.launchServer with Debian's Chromium, from
/// tests/interop/playwright-server.mjs): what --browser-endpoint connects to. Disposing (or Kill) ends it and its Chromium.
/// </summary>
internal sealed class PlaywrightBrowserServer : IDisposable
{
    private readonly ChildProcess _node;

    private PlaywrightBrowserServer(ChildProcess node, string endpoint)
    {
        _node = node;
        Endpoint = endpoint;
    }

    /// <summary>The ws:// endpoint.</summary>
    public string Endpoint { get; }

    public int ProcessId => _node.Process.Id;

    /// <param name="package">The npm package to launch it with: playwright-core (our version) or an alias of another version.</param>
    public static async Task<PlaywrightBrowserServer> StartAsync(string package = "playwright-core")
    {
        var (node, endpoint) = await InteropScript.StartAsync("playwright-server.mjs", [package], "ws://", TimeSpan.FromSeconds(60));
        return new PlaywrightBrowserServer(node, endpoint);
    }

    /// <summary>Ends the server and its browser at once, as a crash or a lost network would: connections drop without a goodbye.</summary>
    public void Kill() => _node.Process.Kill(entireProcessTree: true);

    public void Dispose() => _node.Dispose();
}
