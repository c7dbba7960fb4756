using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.ProcessPool;

/// <summary>The worker channel over the SDK's <see cref="McpClient"/> on the worker's own pipes.</summary>
internal sealed class McpWorkerChannel(McpClient client) : IWorkerChannel
{
    public static async Task<McpWorkerChannel> ConnectAsync(Stream workerInput, Stream workerOutput, CancellationToken cancellationToken)
    {
        var client = await McpClient.CreateAsync(new StreamClientTransport(workerInput, workerOutput),
            new McpClientOptions { ProtocolVersion = "2025-11-25", ClientInfo = new Implementation { Name = "mcp-worker-pool", Version = "1" } },
            cancellationToken: cancellationToken);
        return new McpWorkerChannel(client);
    }

    public async Task<CallToolResult> CallToolAsync(string name, IReadOnlyDictionary<string, JsonElement>? arguments,
        IProgress<ProgressNotificationValue>? progress, CancellationToken cancellationToken)
    {
        var asObjects = arguments?.ToDictionary(p => p.Key, p => (object?)p.Value);
        return await client.CallToolAsync(name, asObjects, progress, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<Tool>> ListToolsAsync(CancellationToken cancellationToken) =>
        (await client.ListToolsAsync(cancellationToken: cancellationToken)).Select(t => t.ProtocolTool).ToList();

    public async Task PingAsync(CancellationToken cancellationToken) => await client.PingAsync(cancellationToken: cancellationToken);

    public ValueTask DisposeAsync() => client.DisposeAsync();
}
