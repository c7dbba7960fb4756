using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Rss.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Rss.Tools;

[McpServerToolType]
internal sealed class EntryTools(FeedStore feedStore, EntryStore entries, TimeProvider time)
{
    private const int MaxLimit = 200;

    [McpServerTool(Name = "get_entries", Title = "List entries", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(EntryPage))]
    [Description("Entries, newest first, filtered by feeds/tags, time, read state and keywords. Compact (title, link, date, short summary) unless compact=false; page with offset.")]
    public CallToolResult GetEntries(
        [Description("Feed URLs or ids (default: all feeds)")] IReadOnlyList<string>? feeds = null,
        [Description("Only feeds with these tags")] IReadOnlyList<string>? tags = null,
        [Description("Only entries since this time: ISO 8601 (2026-11-20, 2026-11-20T08:00Z) or an age (24h, 7d)")] string? since = null,
        [Description("Only entries before this time (same forms as since)")] string? until = null,
        [Description("Only entries not yet marked read")] bool unreadOnly = false,
        [Description("Keywords that must all appear (title, text or categories; case-insensitive)")] IReadOnlyList<string>? include = null,
        [Description("Keywords that must not appear")] IReadOnlyList<string>? exclude = null,
        [Description("Entries per page (1-200)")] int limit = 20,
        [Description("Entries to skip (for the next page)")] int offset = 0,
        [Description("Leave out summaries (true) or include a short one (false)")] bool compact = true)
    {
        if (limit is < 1 or > MaxLimit)
            throw new ToolInputException($"'limit' must be from 1 to {MaxLimit}.");
        if (offset < 0)
            throw new ToolInputException("'offset' must be 0 or more.");
        var filter = new EntryFilter
        {
            FeedIds = RssArguments.FeedIds(feedStore, feeds, tags),
            Since = RssArguments.Time(since, "since", time),
            Until = RssArguments.Time(until, "until", time),
            UnreadOnly = unreadOnly,
            Include = Keywords(include),
            Exclude = Keywords(exclude),
            Limit = limit,
            Offset = offset,
        };
        var page = entries.Query(filter);
        var total = entries.Count(filter);
        var next = offset + page.Count < total ? offset + page.Count : (int?)null;
        return ToolResults.Structured(new EntryPage(page.Select(e => EntrySummaryView.Of(e, !compact)).ToList(), total, offset, next), RssJson.Default.EntryPage);
    }

    [McpServerTool(Name = "get_entry", Title = "Read an entry", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(EntryView))]
    [Description("One entry in full: its content cleaned to readable text (links kept as 'text (url)'), authors, dates, categories. Does not mark it read.")]
    public CallToolResult GetEntry(
        [Description("The entry id (from get_entries or search_entries)")] long id,
        [Description("Longest text to return; longer content is cut and says so")] int maxChars = 20_000)
    {
        if (maxChars < 200)
            throw new ToolInputException("'maxChars' must be at least 200.");
        var e = entries.Get(id) ?? throw new ToolInputException($"No entry {id}. Entry ids come from get_entries or search_entries.");
        var text = EntryStore.PlainText(e.Content ?? e.Summary);
        var truncated = text.Length > maxChars;
        if (truncated)
            text = text[..maxChars] + $"\n[cut at {maxChars:N0} of {text.Length:N0} characters; call again with a larger maxChars, or open the link]";
        return ToolResults.Structured(new EntryView(e.Id, e.FeedId, e.FeedTitle, e.Title, e.Link, e.Published, e.Updated, e.FirstSeen,
            e.ReadAt is not null, e.Authors, e.Categories, text, truncated), RssJson.Default.EntryView);
    }

    [McpServerTool(Name = "mark_read", Title = "Mark entries read", Idempotent = true, UseStructuredContent = true, OutputSchemaType = typeof(MarkResult))]
    [Description("Mark entries read: by ids, or all of one feed, or all before a time (the last two can be combined).")]
    public CallToolResult MarkRead(
        [Description("Entry ids")] IReadOnlyList<long>? ids = null,
        [Description("Mark every entry of this feed (URL or id)")] string? feed = null,
        [Description("Mark every entry dated before this time (ISO 8601 or an age such as 7d)")] string? before = null) =>
        Mark(read: true, ids, feed, before);

    [McpServerTool(Name = "mark_unread", Title = "Mark entries unread", Idempotent = true, UseStructuredContent = true, OutputSchemaType = typeof(MarkResult))]
    [Description("Mark entries unread again: by ids, or all of one feed, or all before a time.")]
    public CallToolResult MarkUnread(
        [Description("Entry ids")] IReadOnlyList<long>? ids = null,
        [Description("Every entry of this feed (URL or id)")] string? feed = null,
        [Description("Every entry dated before this time")] string? before = null) =>
        Mark(read: false, ids, feed, before);

    private CallToolResult Mark(bool read, IReadOnlyList<long>? ids, string? feed, string? before)
    {
        if ((ids is null || ids.Count == 0) && feed is null && before is null)
            throw new ToolInputException("Say which entries: 'ids', or 'feed', or 'before' (or feed and before together).");
        var feedId = feed is null ? (long?)null : RssArguments.RequireFeed(feedStore, feed, "feed").Id;
        var changed = entries.MarkRead(read, ids ?? [], feedId, RssArguments.Time(before, "before", time));
        return ToolResults.Structured(new MarkResult(changed), RssJson.Default.MarkResult, $"{changed} entries marked {(read ? "read" : "unread")}.");
    }

    private static IReadOnlyList<string> Keywords(IReadOnlyList<string>? words) => (words ?? []).Select(w => w.Trim()).Where(w => w.Length > 0).ToList();
}
