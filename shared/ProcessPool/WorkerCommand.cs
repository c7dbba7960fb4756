namespace McpServers.ProcessPool;

/// <summary>How to start one worker: an MCP server over stdio.</summary>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Variables added to the worker's environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Variables of the pool's own environment the worker must not inherit (e.g. the server's transport and token).</summary>
    public IReadOnlyList<string> RemovedEnvironment { get; init; } = [];
}
