using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Rss.Fetching;
using McpServers.Rss.Storage;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Rss.Tools;

[McpServerToolType]
internal sealed class RefreshTools(FeedStore feedStore, FeedRefresher refresher)
{
    [McpServerTool(Name = "refresh_feeds", Title = "Refresh feeds", OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(RefreshReport))]
    [Description("Fetch feeds now (conditional GET: unchanged feeds cost one small request). All feeds by default, or the ones named or tagged. Reports progress.")]
    public async Task<CallToolResult> RefreshFeedsAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("Feed URLs or ids to refresh (default: all)")] IReadOnlyList<string>? feeds = null,
        [Description("Refresh the feeds with these tags")] IReadOnlyList<string>? tags = null,
        CancellationToken cancellationToken = default)
    {
        var ids = RssArguments.FeedIds(feedStore, feeds, tags);
        var list = feedStore.List().Where(f => ids.Count == 0 ? f.DisabledReason is null : ids.Contains(f.Id)).ToList();
        var outcomes = await refresher.RefreshAsync(list, ToolProgress.Reporter(context, cancellationToken), cancellationToken);
        var added = outcomes.Sum(o => o.NewEntries);
        var failed = outcomes.Count(o => o.Error is not null);
        return ToolResults.Structured(new RefreshReport(outcomes.Count, added, failed, outcomes), RssJson.Default.RefreshReport,
            $"Refreshed {outcomes.Count} feeds: {added} new entries, {failed} failed."
            + string.Concat(outcomes.Where(o => o.Error is not null).Select(o => $"\n- {o.Url}: {o.Error}"))
            + string.Concat(outcomes.Where(o => o.MovedTo is not null).Select(o => $"\n- moved permanently to {o.MovedTo}")));
    }
}
