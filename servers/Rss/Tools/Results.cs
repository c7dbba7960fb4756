using System.Text.Json.Serialization;
using McpServers.Rss.Fetching;

namespace McpServers.Rss.Tools;

/// <summary>What add_feed did: subscribed (with how many entries came in and other feeds the page names), or already was.</summary>
internal sealed record Subscription(
    bool Subscribed,
    FeedView Feed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? NewEntries = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? OtherFeedsOnPage = null);

/// <summary>What remove_feed removed.</summary>
internal sealed record Unsubscription(FeedView Removed);

/// <summary>The subscriptions.</summary>
internal sealed record FeedList(IReadOnlyList<FeedView> Feeds);

/// <summary>A feed read without subscribing, with its newest entries.</summary>
internal sealed record FeedPreview(string Url, string Format, string? Title, string? SiteUrl, string? Description, int TotalEntries,
    IReadOnlyList<PreviewEntry> Entries);

/// <summary>An entry of a previewed feed.</summary>
internal sealed record PreviewEntry(string? Title, string? Link, DateTimeOffset? Published, string? Authors, string? Summary);

/// <summary>How many entries mark_read or mark_unread changed.</summary>
internal sealed record MarkResult(int Changed);

/// <summary>Search hits, best first.</summary>
internal sealed record SearchResults(IReadOnlyList<SearchHit> Results);

/// <summary>One search hit and the text around the match.</summary>
internal sealed record SearchHit(EntrySummaryView Entry, string Snippet);

/// <summary>What is new since a time, per feed.</summary>
internal sealed record Digest(DateTimeOffset Since, IReadOnlyList<DigestFeed> Feeds, int OmittedEntries);

/// <summary>One feed's part of a digest.</summary>
internal sealed record DigestFeed(long FeedId, string? Feed, int NewEntries, IReadOnlyList<EntrySummaryView> Entries);

/// <summary>What refresh_feeds did, feed by feed.</summary>
internal sealed record RefreshReport(int Refreshed, int NewEntries, int Failed, IReadOnlyList<RefreshOutcome> Feeds);

/// <summary>What import_opml subscribed to.</summary>
internal sealed record OpmlImport(IReadOnlyList<string> Added, IReadOnlyList<string> AlreadySubscribed);

/// <summary>The subscriptions as OPML, and where they were written.</summary>
internal sealed record OpmlExport(int Feeds, string? Path, string Opml);
