using Microsoft.Extensions.Logging;

namespace McpServers.Rss.Fetching;

/// <summary>What fetching and refreshing feeds logs.</summary>
internal static partial class FetchingLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Background refresh failed; trying again in {Interval}")]
    public static partial void BackgroundRefreshFailed(ILogger logger, TimeSpan interval, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshing {Url} failed: {Error}")]
    public static partial void RefreshFailed(ILogger logger, string url, string error);
}
