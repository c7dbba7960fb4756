using System.Net;
using McpServers.Rss.Parsing;
using McpServers.Rss.Storage;
using Microsoft.Extensions.Logging;

namespace McpServers.Rss.Fetching;

/// <summary>
/// Refreshes feeds: one at a time per feed (a lease in the database, so two processes never fetch the same feed at
/// once), a bounded number in parallel, conditional GET, 301 moves the subscription, 410 disables it, errors back off
/// exponentially, and the next fetch honours the publisher's ttl / sy:updatePeriod / Cache-Control.
/// </summary>
internal sealed class FeedRefresher(FeedStore feeds, EntryStore entries, FeedFetcher fetcher, RssOptions options, TimeProvider time, ILogger<FeedRefresher> logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(24);

    public async Task<IReadOnlyList<RefreshOutcome>> RefreshAsync(IReadOnlyList<FeedRecord> list, Func<double, double, string, Task>? progress, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(options.MaxConcurrentFetches);
        var done = 0;
        var tasks = list.Select(async feed =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var outcome = await RefreshOneAsync(feed, cancellationToken);
                var count = Interlocked.Increment(ref done);
                if (progress is not null)
                    await progress(count, list.Count, $"{feed.Title ?? feed.Url}: {outcome.Status}");
                return outcome;
            }
            finally
            {
                slots.Release();
            }
        });
        var outcomes = await Task.WhenAll(tasks);
        if (options.RetentionDays > 0)
            entries.DeleteReadBefore(time.GetUtcNow().AddDays(-options.RetentionDays));
        return outcomes;
    }

    public async Task<RefreshOutcome> RefreshOneAsync(FeedRecord feed, CancellationToken cancellationToken)
    {
        if (!feeds.TryLease(feed.Id, time.GetUtcNow() + options.FetchTimeout * 3))
            return new RefreshOutcome(feed.Id, feed.Url, "skipped: another refresh of this feed is running");
        try
        {
            FetchResult fetched;
            try
            {
                fetched = await fetcher.FetchAsync(feed.Url, feed.Etag, feed.LastModified, cancellationToken);
            }
            catch (FetchException e) when (e.Status == HttpStatusCode.Gone)
            {
                feeds.RecordError(feed.Id, "HTTP 410 Gone: the publisher removed this feed; it is no longer refreshed", time.GetUtcNow().Add(MaxBackoff), "gone (HTTP 410)");
                return new RefreshOutcome(feed.Id, feed.Url, "disabled: HTTP 410 Gone", Error: e.Message);
            }
            catch (FetchException e)
            {
                return Failed(feed, e.Message);
            }
            string? movedTo = null;
            if (fetched.PermanentUrl is { } permanent && feeds.MoveTo(feed.Id, permanent))
                movedTo = permanent;
            if (fetched.NotModified)
            {
                feeds.RecordSuccess(feed.Id, null, fetched.ETag, fetched.LastModified, NextFetch(feed.RefreshHint, fetched.MaxAge), keepTitle: true);
                return new RefreshOutcome(feed.Id, movedTo ?? feed.Url, "not modified", MovedTo: movedTo);
            }
            ParsedFeed parsed;
            try
            {
                parsed = FeedParser.Parse(fetched.Body, new Uri(fetched.FinalUrl), fetched.Charset, options.MaxFeedBytes);
            }
            catch (FeedFormatException e)
            {
                return Failed(feed, e.Message);
            }
            var (added, changed) = entries.Upsert(feed.Id, parsed.Entries);
            feeds.RecordSuccess(feed.Id, parsed, fetched.ETag, fetched.LastModified, NextFetch(parsed.RefreshHint, fetched.MaxAge), keepTitle: true);
            return new RefreshOutcome(feed.Id, movedTo ?? feed.Url, "updated", added, changed, movedTo);
        }
        finally
        {
            feeds.ReleaseLease(feed.Id);
        }
    }

    private RefreshOutcome Failed(FeedRecord feed, string error)
    {
        var backoff = options.RefreshInterval * Math.Pow(2, Math.Min(feed.ErrorCount, 10));
        feeds.RecordError(feed.Id, error, time.GetUtcNow() + (backoff > MaxBackoff ? MaxBackoff : backoff));
        FetchingLog.RefreshFailed(logger, feed.Url, error);
        return new RefreshOutcome(feed.Id, feed.Url, "error", Error: error);
    }

    // The longest of our interval, the feed's own ttl/updatePeriod and the HTTP max-age: never fetch more often than asked.
    private DateTimeOffset NextFetch(TimeSpan? hint, TimeSpan? maxAge)
    {
        var wait = options.RefreshInterval;
        if (hint > wait)
            wait = hint.Value;
        if (maxAge > wait)
            wait = maxAge.Value;
        return time.GetUtcNow() + (wait > MaxBackoff ? MaxBackoff : wait);
    }
}
