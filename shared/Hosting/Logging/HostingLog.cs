using Microsoft.Extensions.Logging;

namespace McpServers.Hosting.Logging;

/// <summary>What the hosting layer logs, source-generated (no formatting cost when the level is off).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Tool '{Tool}' failed with an unexpected exception")]
    public static partial void ToolFailed(ILogger logger, string tool, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionKey} opened ({Count} open)")]
    public static partial void SessionOpened(ILogger logger, string sessionKey, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionKey} closed ({Count} open)")]
    public static partial void SessionClosed(ILogger logger, string sessionKey, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: {Status} {Reason}")]
    public static partial void RequestRefused(ILogger logger, string method, string path, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a stdin line that is not a JSON-RPC message: {Reason}")]
    public static partial void StdioLineRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "stdin closed with {Count} request(s) still unanswered after {Grace}; ending the session")]
    public static partial void StdioEndedWithUnansweredRequests(ILogger logger, int count, TimeSpan grace);
}
