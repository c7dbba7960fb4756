using Microsoft.Extensions.Logging;

namespace McpServers.Hub;

/// <summary>What the hub logs (on stderr, through Hosting's logging).</summary>
internal static partial class HubLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Server}: running ({Where}), {Tools} tools")]
    public static partial void ServerStarted(ILogger logger, string server, string where, int tools);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Server}: ended: {Reason}")]
    public static partial void ServerEnded(ILogger logger, string server, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Server}: {Failures} failures in 5 minutes, not restarted until asked (crash-loop)")]
    public static partial void CrashLoop(ILogger logger, string server, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Server}: ping {Misses} missed: {Reason}")]
    public static partial void PingMissed(ILogger logger, string server, int misses, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Server}: could not list its tools again: {Reason}")]
    public static partial void ToolsRefreshFailed(ILogger logger, string server, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "could not record an event or log line: {Reason}")]
    public static partial void JournalFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "could not tell the clients that the tools changed: {Reason}")]
    public static partial void NoticeFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "config applied ({Path}): {Change}")]
    public static partial void ConfigApplied(ILogger logger, string path, string change);

    [LoggerMessage(Level = LogLevel.Error, Message = "config refused, the servers stay as they were: {Reason}")]
    public static partial void ConfigRefused(ILogger logger, string reason);
}
