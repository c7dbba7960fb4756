using System.Text.Json;
using McpServers.WorkerRpc;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using StreamJsonRpc;

namespace McpServers.ProcessPool;

/// <summary>
/// The worker channel: <see cref="IWorkerRpc"/> with StreamJsonRpc on the worker's own pipes. A cancelled call ends at once
/// on this side (StreamJsonRpc itself waits for the worker to acknowledge, which a hung worker never does); the worker is
/// told to cancel all the same.
/// </summary>
internal sealed class WorkerRpcChannel(JsonRpc rpc, IWorkerRpc worker) : IWorkerChannel
{
    /// <summary>Connects and makes one round trip, so a worker that failed to start is found here, not on the first call.</summary>
    public static async Task<WorkerRpcChannel> ConnectAsync(Stream workerInput, Stream workerOutput, CancellationToken cancellationToken)
    {
        var rpc = WorkerRpcConnection.Create(workerInput, workerOutput);
        var channel = new WorkerRpcChannel(rpc, rpc.Attach<IWorkerRpc>());
        rpc.StartListening();
        try
        {
            await channel.PingAsync(cancellationToken);
            return channel;
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    public async Task<CallToolResult> CallToolAsync(string name, IReadOnlyDictionary<string, JsonElement>? arguments,
        IProgress<ProgressNotificationValue>? progress, CancellationToken cancellationToken)
    {
        var sent = arguments is null ? null : new Dictionary<string, JsonElement>(arguments);
        try
        {
            return await worker.CallToolAsync(name, sent, progress, cancellationToken).WaitAsync(cancellationToken);
        }
        catch (RemoteInvocationException e)
        {
            // A protocol error of the worker's reaches the pool's client as the MCP error it is.
            throw new McpProtocolException(e.Message, (McpErrorCode)e.ErrorCode);
        }
        catch (RemoteMethodNotFoundException e) when (e.ErrorCode == StreamJsonRpc.Protocol.JsonRpcErrorCode.InvalidParams)
        {
            // StreamJsonRpc files the code of MCP's "unknown tool" (-32602, invalid params) under "method not found".
            throw new McpProtocolException(e.Message, McpErrorCode.InvalidParams);
        }
    }

    public async Task<IReadOnlyList<Tool>> ListToolsAsync(CancellationToken cancellationToken) =>
        [.. (await worker.ListToolsAsync(cancellationToken).WaitAsync(cancellationToken)).Tools];

    public Task PingAsync(CancellationToken cancellationToken) => worker.PingAsync(cancellationToken).WaitAsync(cancellationToken);

    public Task<bool> ResetAsync(CancellationToken cancellationToken) => worker.ResetAsync(cancellationToken).WaitAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        rpc.Dispose();
        return ValueTask.CompletedTask;
    }
}
