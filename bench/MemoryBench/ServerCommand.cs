using ModelContextProtocol.Client;

namespace McpServers.Bench.Memory;

/// <summary>How to launch one of the compared servers over stdio on a given memory file.</summary>
internal sealed record ServerCommand(string Label, string Command, IReadOnlyList<string> Arguments)
{
    public Task<McpClient> StartAsync(string memoryFile) => McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
    {
        Command = Command,
        Arguments = [.. Arguments],
        EnvironmentVariables = new Dictionary<string, string?> { ["MEMORY_FILE_PATH"] = memoryFile },
        StandardErrorLines = _ => { },
    }), new McpClientOptions { ProtocolVersion = "2025-11-25" });
}
