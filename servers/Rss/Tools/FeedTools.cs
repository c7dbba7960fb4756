using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Rss.Fetching;
using McpServers.Rss.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Rss.Tools;

[McpServerToolType]
internal sealed class FeedTools(FeedStore feeds, EntryStore entries, FeedSubscriber subscriber, RssOptions options, TimeProvider time)
{
    [McpServerTool(Name = "add_feed", Title = "Subscribe to a feed", OpenWorld = true, Idempotent = true, UseStructuredContent = true,
        OutputSchemaType = typeof(Subscription))]
    [Description("Subscribe to a feed. The URL may be the feed itself (RSS, Atom, JSON Feed) or a web site that announces one; its entries are fetched at once.")]
    public async Task<CallToolResult> AddFeedAsync(
        [Description("Feed URL, or a site URL whose page links to its feed")] string url,
        [Description("A title of your own instead of the feed's")] string? title = null,
        [Description("Tags to group feeds by (e.g. [\"news\", \"ai\"])")] IReadOnlyList<string>? tags = null,
        CancellationToken cancellationToken = default)
    {
        if (XmlUrl(url) is not { } start)
            throw new ToolInputException($"'url' must be an http(s) URL; got '{url}'.");
        var (feed, fetch, alternatives) = await subscriber.DiscoverAsync(start, cancellationToken);
        var feedUrl = fetch.FinalUrl;
        var id = feeds.Add(feedUrl, title, tags ?? []);
        if (id is null)
        {
            var existing = feeds.Find(feedUrl)!;
            return ToolResults.Structured(new Subscription(false, FeedView.Of(existing)), RssJson.Default.Subscription, $"Already subscribed to {feedUrl} (id {existing.Id}).");
        }
        var (added, _) = entries.Upsert(id.Value, feed.Entries);
        feeds.RecordSuccess(id.Value, feed, fetch.ETag, fetch.LastModified, time.GetUtcNow() + options.RefreshInterval, keepTitle: true);
        var view = FeedView.Of(feeds.Find(id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))!);
        var note = feedUrl != start ? $" (found at {start})" : "";
        var others = alternatives.Count > 0 ? $" The page also links to: {string.Join(", ", alternatives)}." : "";
        return ToolResults.Structured(new Subscription(true, view, added, alternatives), RssJson.Default.Subscription,
            $"Subscribed to \"{view.Title}\" {feedUrl}{note}, id {view.Id}, {added} entries.{others}");
    }

    [McpServerTool(Name = "remove_feed", Title = "Unsubscribe", Destructive = true, Idempotent = true, UseStructuredContent = true,
        OutputSchemaType = typeof(Unsubscription))]
    [Description("Unsubscribe from a feed and delete its stored entries.")]
    public CallToolResult RemoveFeed([Description("The feed's URL or id (see list_feeds)")] string url)
    {
        var feed = RssArguments.RequireFeed(feeds, url);
        feeds.Remove(feed.Id);
        return ToolResults.Structured(new Unsubscription(FeedView.Of(feed)), RssJson.Default.Unsubscription, $"Unsubscribed from \"{feed.Title}\" ({feed.Url}); {feed.Entries} entries deleted.");
    }

    [McpServerTool(Name = "list_feeds", Title = "List subscriptions", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(FeedList))]
    [Description("The subscribed feeds: id, title, URL, tags, unread and stored entry counts, last fetch, last error, next fetch.")]
    public CallToolResult ListFeeds([Description("Only feeds with this tag")] string? tag = null) =>
        ToolResults.Structured(new FeedList(feeds.List(tag).Select(FeedView.Of).ToList()), RssJson.Default.FeedList);

    [McpServerTool(Name = "get_feed", Title = "Read a feed without subscribing", ReadOnly = true, OpenWorld = true, UseStructuredContent = true,
        OutputSchemaType = typeof(FeedPreview))]
    [Description("Fetch and parse a feed (or a site's announced feed) without subscribing: title, format and its newest entries.")]
    public async Task<CallToolResult> GetFeedAsync(
        [Description("Feed URL or site URL")] string url,
        [Description("Most entries to return (1-100)")] int limit = 20,
        CancellationToken cancellationToken = default)
    {
        if (XmlUrl(url) is not { } start)
            throw new ToolInputException($"'url' must be an http(s) URL; got '{url}'.");
        if (limit is < 1 or > 100)
            throw new ToolInputException("'limit' must be from 1 to 100.");
        var (feed, fetch, _) = await subscriber.DiscoverAsync(start, cancellationToken);
        var items = feed.Entries.OrderByDescending(e => e.Published ?? e.Updated ?? DateTimeOffset.MinValue).Take(limit).Select(e => new PreviewEntry(
            e.Title,
            e.Link,
            e.Published ?? e.Updated,
            e.Authors.Count == 0 ? null : string.Join(", ", e.Authors),
            EntrySummaryView.Shorten(EntryStore.PlainText(e.Summary ?? e.Content), EntrySummaryView.SummaryChars))).ToList();
        return ToolResults.Structured(new FeedPreview(fetch.FinalUrl, feed.Format, feed.Title, feed.SiteLink, feed.Description, feed.Entries.Count, items),
            RssJson.Default.FeedPreview);
    }

    private static string? XmlUrl(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
