using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using StreamJsonRpc;

namespace McpServers.WorkerRpc;

/// <summary>
/// What a pool asks of one worker process, over the worker's stdin/stdout with StreamJsonRpc. Tools, their schemas and
/// results stay MCP's own types: the worker is the one source of its tool names and schemas, and a result reaches the
/// pool's client as the worker wrote it.
/// </summary>
[JsonRpcContract]
public partial interface IWorkerRpc
{
    /// <summary>The worker's tools.</summary>
    Task<ListToolsResult> ListToolsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Calls one tool. Progress the tool reports arrives on <paramref name="progress"/>; cancelling the token cancels the
    /// call in the worker. A failure the tool reports is an <c>isError</c> result; a protocol error (unknown tool) is a
    /// remote error carrying its MCP error code.
    /// </summary>
    Task<CallToolResult> CallToolAsync(string name, Dictionary<string, JsonElement>? arguments,
        IProgress<ProgressNotificationValue>? progress, CancellationToken cancellationToken);

    /// <summary>Round trip that proves the worker still answers.</summary>
    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>Makes the worker fit for another session (forgets the last one's state); false when it cannot be reused.</summary>
    Task<bool> ResetAsync(CancellationToken cancellationToken);
}
