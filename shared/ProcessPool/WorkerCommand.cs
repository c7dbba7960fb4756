namespace McpServers.ProcessPool;

/// <summary>How to start one worker: an MCP server over stdio.</summary>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Variables added to the worker's environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
