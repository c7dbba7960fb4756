using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace McpServers.ProcessPool;

/// <summary>How the pool talks to one worker (<see cref="WorkerRpcChannel"/>: StreamJsonRpc over the worker's stdin/stdout).</summary>
public interface IWorkerChannel : IAsyncDisposable
{
    /// <summary>Calls a tool of the worker; progress notifications and cancellation pass through.</summary>
    Task<CallToolResult> CallToolAsync(string name, IReadOnlyDictionary<string, JsonElement>? arguments,
        IProgress<ProgressNotificationValue>? progress, CancellationToken cancellationToken);

    /// <summary>The worker's tools.</summary>
    Task<IReadOnlyList<Tool>> ListToolsAsync(CancellationToken cancellationToken);

    /// <summary>Round trip to check the worker still answers.</summary>
    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>Readies the worker for another session; false when it cannot be reused.</summary>
    Task<bool> ResetAsync(CancellationToken cancellationToken);
}
