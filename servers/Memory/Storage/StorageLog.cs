using Microsoft.Extensions.Logging;

namespace McpServers.Memory.Storage;

/// <summary>What the graph store logs.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fold {Log} into {File}; every change is still in the log")]
    public static partial void CheckpointFailed(ILogger logger, string log, string file, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Final checkpoint of {File} skipped; the log keeps every change")]
    public static partial void FinalCheckpointSkipped(ILogger logger, string file, Exception exception);
}
