using McpServers.Rss.Storage;

namespace McpServers.Rss.Tools;

/// <summary>A subscription as tools show it.</summary>
internal sealed record FeedView(long Id, string? Title, string Url, string? SiteUrl, IReadOnlyList<string> Tags, int Unread, int Entries,
    DateTimeOffset? LastFetch, string? LastError, DateTimeOffset? NextFetch, string? Disabled)
{
    public static FeedView Of(FeedRecord f) => new(f.Id, f.Title, f.Url, f.SiteUrl, f.Tags, f.Unread, f.Entries, f.LastFetch, f.LastError,
        f.DisabledReason is null ? f.NextFetch : null, f.DisabledReason);
}

/// <summary>An entry in a listing: enough to decide whether to read it (get_entry has the rest).</summary>
internal sealed record EntrySummaryView(long Id, long FeedId, string? Feed, string? Title, string? Link, DateTimeOffset? Published,
    DateTimeOffset FirstSeen, bool Read, string? Authors, string? Summary)
{
    public const int SummaryChars = 280;

    public static EntrySummaryView Of(EntryRecord e, bool withSummary) => new(e.Id, e.FeedId, e.FeedTitle, e.Title, e.Link, e.Published ?? e.Updated,
        e.FirstSeen, e.ReadAt is not null, e.Authors, withSummary ? Shorten(EntryStore.PlainText(e.Summary ?? e.Content), SummaryChars) : null);

    /// <summary>At most <paramref name="max"/> characters, cut at a word when one ends near the limit.</summary>
    public static string? Shorten(string? text, int max)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= max)
            return string.IsNullOrEmpty(text) ? null : text;
        var cut = text.LastIndexOf(' ', max - 1, Math.Min(max - 1, 60));
        return text[..(cut > 0 ? cut : max)] + "…";
    }
}

/// <summary>One entry in full, its HTML cleaned to readable text with links kept.</summary>
internal sealed record EntryView(long Id, long FeedId, string? Feed, string? Title, string? Link, DateTimeOffset? Published, DateTimeOffset? Updated,
    DateTimeOffset FirstSeen, bool Read, string? Authors, string? Categories, string Text, bool Truncated);

/// <summary>A page of entries and how to get the next one.</summary>
internal sealed record EntryPage(IReadOnlyList<EntrySummaryView> Entries, int Total, int Offset, int? NextOffset);
