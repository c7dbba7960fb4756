using System.ComponentModel;
using System.Text;
using McpServers.Hosting;
using McpServers.Rss.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Rss.Tools;

[McpServerToolType]
internal sealed class SearchTools(FeedStore feedStore, EntryStore entries, TimeProvider time)
{
    [McpServerTool(Name = "search_entries", Title = "Search entries", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(SearchResults))]
    [Description("Full-text search over stored entries (SQLite FTS5), best match first, each with a snippet around the match. Words, \"exact phrases\", OR, NOT and prefix* work.")]
    public CallToolResult SearchEntries(
        [Description("What to look for")] string query,
        [Description("Only these feeds (URLs or ids)")] IReadOnlyList<string>? feeds = null,
        [Description("Results per page (1-100)")] int limit = 20,
        [Description("Results to skip")] int offset = 0)
    {
        if (string.IsNullOrWhiteSpace(query))
            throw new ToolInputException("'query' is required: words to look for.");
        if (limit is < 1 or > 100)
            throw new ToolInputException("'limit' must be from 1 to 100.");
        var results = entries.Search(query, RssArguments.FeedIds(feedStore, feeds, null), limit, Math.Max(0, offset));
        return ToolResults.Structured(new SearchResults(results.Select(r => new SearchHit(EntrySummaryView.Of(r.Entry, withSummary: false), r.Snippet)).ToList()),
            RssJson.Default.SearchResults);
    }

    [McpServerTool(Name = "digest", Title = "What is new", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(Digest))]
    [Description("What is new since a time, grouped by feed, newest first: titles, links and short summaries, capped in size. A quick 'what happened since yesterday'.")]
    public CallToolResult Digest(
        [Description("Since when: ISO 8601 or an age (24h, 7d)")] string since = "24h",
        [Description("Only unread entries")] bool unreadOnly = false,
        [Description("Most entries shown per feed")] int maxPerFeed = 10,
        [Description("Largest digest in characters")] int maxChars = 20_000)
    {
        if (maxPerFeed < 1 || maxChars < 500)
            throw new ToolInputException("'maxPerFeed' must be at least 1 and 'maxChars' at least 500.");
        var from = RssArguments.Time(since, "since", time)!.Value;
        var text = new StringBuilder();
        var groups = new List<DigestFeed>();
        var shown = 0;
        var omitted = 0;
        foreach (var feed in feedStore.List())
        {
            var filter = new EntryFilter { FeedIds = [feed.Id], Since = from, UnreadOnly = unreadOnly, Limit = maxPerFeed };
            var items = entries.Query(filter);
            if (items.Count == 0)
                continue;
            var total = entries.Count(filter);
            var block = new StringBuilder($"## {feed.Title ?? feed.Url} ({total} new)\n");
            foreach (var e in items)
                block.Append($"- [{e.Id}] {e.Title ?? "(untitled)"} {e.Link}\n" + (EntrySummaryView.Shorten(EntryStore.PlainText(e.Summary ?? e.Content), 200) is { } s ? $"  {s}\n" : ""));
            if (total > items.Count)
                block.Append($"  … and {total - items.Count} more (get_entries feeds=[\"{feed.Id}\"] since=\"{since}\")\n");
            if (text.Length + block.Length > maxChars)
            {
                omitted += total;
                continue;
            }
            text.Append(block).Append('\n');
            shown += items.Count;
            groups.Add(new DigestFeed(feed.Id, feed.Title, total, items.Select(e => EntrySummaryView.Of(e, withSummary: false)).ToList()));
        }
        if (groups.Count == 0)
            text.Append($"Nothing new since {from:u}.");
        if (omitted > 0)
            text.Append($"[{omitted} more entries from other feeds left out to stay under {maxChars:N0} characters; ask per feed or raise maxChars]");
        return ToolResults.Structured(new Digest(from, groups, omitted), RssJson.Default.Digest, text.ToString().TrimEnd());
    }
}
