using McpServers.Testing;

namespace McpServers.Playwright.Tests;

/// <summary>mcp-playwright launched with --transport http on a free port; the endpoint is read from its stderr.</summary>
internal sealed class HttpServerProcess : IDisposable
{
    private HttpServerProcess(ChildProcess process, Uri endpoint)
    {
        Process = process;
        Endpoint = endpoint;
    }

    public ChildProcess Process { get; }

    public Uri Endpoint { get; }

    public static Task<HttpServerProcess> StartAsync(params string[] args) => StartAsync(null, args);

    public static async Task<HttpServerProcess> StartAsync(IDictionary<string, string?>? environment, params string[] args)
    {
        var child = ChildProcess.Start(RepoPaths.Executable("McpServers.Playwright", "mcp-playwright"), ["--transport", "http", "--port", "0", .. args], environment);
        var line = await child.WaitForStderrLineAsync(l => l.Contains("listening on "), TimeSpan.FromSeconds(60));
        return new HttpServerProcess(child, new Uri(line[(line.IndexOf("listening on ", StringComparison.Ordinal) + 13)..].Trim()));
    }

    public void Dispose() => Process.Dispose();
}
