namespace McpServers.Testing;

/// <summary>A built server launched with --transport http on a free port; the endpoint is read from its stderr.</summary>
public sealed class HttpServerProcess : IDisposable
{
    private HttpServerProcess(ChildProcess process, Uri endpoint)
    {
        Process = process;
        Endpoint = endpoint;
    }

    public ChildProcess Process { get; }

    /// <summary>The server's <c>/mcp</c> endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>The server's base address (for its other HTTP endpoints).</summary>
    public Uri BaseAddress => new(Endpoint, "/");

    public static async Task<HttpServerProcess> StartAsync(string project, string executable, IDictionary<string, string?>? environment, params string[] args)
    {
        var child = ChildProcess.Start(RepoPaths.Executable(project, executable), ["--transport", "http", "--port", "0", .. args], environment);
        var line = await child.WaitForStderrLineAsync(l => l.Contains("listening on "), TimeSpan.FromSeconds(60));
        return new HttpServerProcess(child, new Uri(line[(line.IndexOf("listening on ", StringComparison.Ordinal) + 13)..].Trim()));
    }

    public void Dispose() => Process.Dispose();
}
