using System.Diagnostics;
using ModelContextProtocol.Client;

namespace McpServers.Bench.Playwright;

/// <summary>One of the two compared servers: how to start it over stdio or HTTP, and which process tree is its.</summary>
internal sealed record Peer(string Label, string Command, string[] StdioArguments, Func<int, string[]> HttpArguments, string HttpPath,
    string WorkingDirectory)
{
    public Task<McpClient> StartStdioAsync() => McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
    {
        Command = Command,
        Arguments = StdioArguments,
        WorkingDirectory = WorkingDirectory,
        StandardErrorLines = _ => { },
    }), new McpClientOptions { ProtocolVersion = "2025-11-25" });

    public Process StartHttp(int port)
    {
        var info = new ProcessStartInfo(Command)
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = WorkingDirectory,
        };
        foreach (var argument in HttpArguments(port))
            info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    public static Task<McpClient> ConnectHttpAsync(Uri endpoint) => McpClient.CreateAsync(
        new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint, TransportMode = HttpTransportMode.StreamableHttp }),
        new McpClientOptions { ProtocolVersion = "2025-11-25" });
}
