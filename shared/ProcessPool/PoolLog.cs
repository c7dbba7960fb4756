using Microsoft.Extensions.Logging;

namespace McpServers.ProcessPool;

/// <summary>What the pool logs (one source-generated method per event).</summary>
internal static partial class PoolLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Session {Session} got worker {Pid}")]
    public static partial void SessionAssigned(ILogger logger, string session, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worker {Pid} {Exit}")]
    public static partial void WorkerExited(ILogger logger, int pid, string exit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reaping worker {Pid} (idle or too old)")]
    public static partial void Reaping(ILogger logger, int pid);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not start a spare worker; trying again in 5 s")]
    public static partial void SpareStartFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Pid} could not be reset for reuse; it is replaced")]
    public static partial void ResetFailed(ILogger logger, int pid, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "worker {Pid}: {Line}")]
    public static partial void WorkerStderr(ILogger logger, int pid, string line);
}
