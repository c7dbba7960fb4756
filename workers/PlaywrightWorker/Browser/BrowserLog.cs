using Microsoft.Extensions.Logging;

namespace McpServers.PlaywrightWorker.Browser;

/// <summary>What the worker's browser logs.</summary>
internal static partial class BrowserLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "An action behind a modal dialog ended with an error")]
    public static partial void ActionBehindModalFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Browser {Version} ready")]
    public static partial void BrowserReady(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing the browser failed")]
    public static partial void CloseFailed(ILogger logger, Exception exception);
}
