using McpServers.Rss.Storage;
using Microsoft.Extensions.Logging;

namespace McpServers.Rss.Fetching;

/// <summary>While the server runs: every refresh interval, refresh the feeds that are due (each feed's own schedule decides).</summary>
internal sealed class BackgroundRefresh(FeedStore feeds, FeedRefresher refresher, RssOptions options, TimeProvider time, ILogger<BackgroundRefresh> logger)
{
    private static readonly TimeSpan FirstCheck = TimeSpan.FromSeconds(5);

    public void Start(CancellationToken shutdown)
    {
        if (!options.BackgroundRefresh)
            return;
        _ = Task.Run(() => RunAsync(shutdown), shutdown);
    }

    private async Task RunAsync(CancellationToken shutdown)
    {
        var wait = options.RefreshInterval < FirstCheck ? options.RefreshInterval : FirstCheck;
        while (!shutdown.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, shutdown);
                var due = feeds.Due();
                if (due.Count > 0)
                    await refresher.RefreshAsync(due, null, shutdown);
            }
            catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                FetchingLog.BackgroundRefreshFailed(logger, options.RefreshInterval, e);
            }
            // Look often enough to catch feeds whose own schedule is shorter than ours, without busy polling.
            wait = options.RefreshInterval < TimeSpan.FromMinutes(5) ? options.RefreshInterval : TimeSpan.FromMinutes(5);
        }
    }
}
