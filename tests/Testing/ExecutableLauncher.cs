using ModelContextProtocol.Client;

namespace McpServers.Testing;

/// <summary>Starts a built server executable as a child process and connects an MCP client over its stdio.</summary>
public static class ExecutableLauncher
{
    public static Task<McpClient> ConnectAsync(string project, string executable, IEnumerable<string>? args = null,
        IDictionary<string, string?>? environment = null, Action<string>? stderrLine = null, CancellationToken cancellationToken = default) =>
        ConnectCommandAsync(RepoPaths.Executable(project, executable), args, environment, stderrLine, cancellationToken);

    /// <summary>Starts any command (an installed tool, a bundle's binary, dnx) as an MCP server over its stdio.</summary>
    public static Task<McpClient> ConnectCommandAsync(string command, IEnumerable<string>? args = null,
        IDictionary<string, string?>? environment = null, Action<string>? stderrLine = null, CancellationToken cancellationToken = default)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = Path.GetFileName(command),
            Command = command,
            Arguments = args?.ToList() ?? [],
            EnvironmentVariables = environment?.ToDictionary() ?? [],
            StandardErrorLines = stderrLine,
            ShutdownTimeout = TimeSpan.FromSeconds(5),
        });
        return McpClient.CreateAsync(transport, new McpClientOptions { ProtocolVersion = "2025-11-25" }, cancellationToken: cancellationToken);
    }
}
