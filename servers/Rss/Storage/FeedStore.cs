using McpServers.Rss.Parsing;
using Microsoft.Data.Sqlite;
using static McpServers.Rss.Storage.RssDatabase;

namespace McpServers.Rss.Storage;

/// <summary>Subscriptions: adding, finding, listing, removing, and recording what each fetch found.</summary>
internal sealed class FeedStore(RssDatabase database, TimeProvider time)
{
    private const string Columns = """
        f.id, f.url, f.title, f.site_url, f.format, f.tags, f.etag, f.last_modified, f.last_fetch, f.last_success, f.last_error,
        f.error_count, f.next_fetch, f.refresh_hint_seconds, f.disabled_reason,
        (SELECT count(*) FROM entries e WHERE e.feed_id = f.id AND e.read_at IS NULL),
        (SELECT count(*) FROM entries e WHERE e.feed_id = f.id)
        """;

    /// <summary>Adds a subscription; null when that URL is already subscribed.</summary>
    public long? Add(string url, string? title, IEnumerable<string> tags)
    {
        using var connection = database.Open();
        using var command = Command(connection, """
            INSERT INTO feeds (url, title, tags, added_at) VALUES ($url, $title, $tags, $now)
            ON CONFLICT (url) DO NOTHING RETURNING id
            """, ("$url", url), ("$title", title), ("$tags", FeedRecord.TagText(tags)), ("$now", StoredTime.Format(time.GetUtcNow())));
        return command.ExecuteScalar() is long id ? id : null;
    }

    /// <summary>A feed by its id ("12") or URL.</summary>
    public FeedRecord? Find(string idOrUrl)
    {
        using var connection = database.Open();
        var byId = long.TryParse(idOrUrl, out var id);
        using var command = Command(connection, $"SELECT {Columns} FROM feeds f WHERE " + (byId ? "f.id = $key" : "f.url = $key"),
            ("$key", byId ? id : idOrUrl.Trim()));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public IReadOnlyList<FeedRecord> List(string? tag = null)
    {
        using var connection = database.Open();
        using var command = Command(connection, $"SELECT {Columns} FROM feeds f ORDER BY lower(coalesce(f.title, f.url))");
        using var reader = command.ExecuteReader();
        var feeds = new List<FeedRecord>();
        while (reader.Read())
            feeds.Add(Read(reader));
        return tag is null ? feeds : feeds.Where(f => f.Tags.Contains(tag.Trim().ToLowerInvariant())).ToList();
    }

    /// <summary>Feeds whose next fetch is due (or never fetched), not disabled.</summary>
    public IReadOnlyList<FeedRecord> Due() =>
        List().Where(f => f.DisabledReason is null && (f.NextFetch is null || f.NextFetch <= time.GetUtcNow())).ToList();

    public bool Remove(long id)
    {
        using var connection = database.Open();
        return Execute(connection, "DELETE FROM feeds WHERE id = $id", ("$id", id)) > 0;
    }

    public void SetTitleAndTags(long id, string? title, IEnumerable<string>? tags)
    {
        using var connection = database.Open();
        if (title is not null)
            Execute(connection, "UPDATE feeds SET title = $title WHERE id = $id", ("$id", id), ("$title", title));
        if (tags is not null)
            Execute(connection, "UPDATE feeds SET tags = $tags WHERE id = $id", ("$id", id), ("$tags", FeedRecord.TagText(tags)));
    }

    /// <summary>
    /// Claims the feed for one refresh until <paramref name="until"/>; false when another refresh (in this or another
    /// process) holds it. The lease expires by itself if that process dies.
    /// </summary>
    public bool TryLease(long id, DateTimeOffset until)
    {
        using var connection = database.Open();
        var now = StoredTime.Format(time.GetUtcNow());
        return Execute(connection, "UPDATE feeds SET lease_until = $until WHERE id = $id AND (lease_until IS NULL OR lease_until < $now)",
            ("$id", id), ("$until", StoredTime.Format(until)), ("$now", now)) == 1;
    }

    public void ReleaseLease(long id)
    {
        using var connection = database.Open();
        Execute(connection, "UPDATE feeds SET lease_until = NULL WHERE id = $id", ("$id", id));
    }

    /// <summary>Records a successful fetch (content or 304).</summary>
    public void RecordSuccess(long id, ParsedFeed? feed, string? etag, string? lastModified, DateTimeOffset nextFetch, bool keepTitle)
    {
        using var connection = database.Open();
        var now = StoredTime.Format(time.GetUtcNow());
        Execute(connection, """
            UPDATE feeds SET last_fetch = $now, last_success = $now, last_error = NULL, error_count = 0, next_fetch = $next,
                etag = coalesce($etag, etag), last_modified = coalesce($modified, last_modified),
                title = CASE WHEN $keepTitle THEN coalesce(title, $title) ELSE coalesce($title, title) END,
                site_url = coalesce($site, site_url), format = coalesce($format, format),
                refresh_hint_seconds = coalesce($hint, refresh_hint_seconds)
            WHERE id = $id
            """, ("$id", id), ("$now", now), ("$next", StoredTime.Format(nextFetch)), ("$etag", etag), ("$modified", lastModified),
            ("$keepTitle", keepTitle), ("$title", feed?.Title), ("$site", feed?.SiteLink), ("$format", feed?.Format),
            ("$hint", feed?.RefreshHint is { } hint ? (long)hint.TotalSeconds : null));
    }

    public void RecordError(long id, string error, DateTimeOffset nextFetch, string? disabledReason = null)
    {
        using var connection = database.Open();
        Execute(connection, """
            UPDATE feeds SET last_fetch = $now, last_error = $error, error_count = error_count + 1, next_fetch = $next,
                disabled_reason = coalesce($disabled, disabled_reason)
            WHERE id = $id
            """, ("$id", id), ("$now", StoredTime.Format(time.GetUtcNow())), ("$error", error), ("$next", StoredTime.Format(nextFetch)),
            ("$disabled", disabledReason));
    }

    /// <summary>A 301: the feed lives at <paramref name="url"/> now. False when another subscription already has that URL.</summary>
    public bool MoveTo(long id, string url)
    {
        using var connection = database.Open();
        try
        {
            return Execute(connection, "UPDATE feeds SET url = $url WHERE id = $id", ("$id", id), ("$url", url)) == 1;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            return false;
        }
    }

    private static FeedRecord Read(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Url = r.GetString(1),
        Title = r.IsDBNull(2) ? null : r.GetString(2),
        SiteUrl = r.IsDBNull(3) ? null : r.GetString(3),
        Format = r.IsDBNull(4) ? null : r.GetString(4),
        Tags = r.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries),
        Etag = r.IsDBNull(6) ? null : r.GetString(6),
        LastModified = r.IsDBNull(7) ? null : r.GetString(7),
        LastFetch = StoredTime.Parse(r.GetValue(8)),
        LastSuccess = StoredTime.Parse(r.GetValue(9)),
        LastError = r.IsDBNull(10) ? null : r.GetString(10),
        ErrorCount = r.GetInt32(11),
        NextFetch = StoredTime.Parse(r.GetValue(12)),
        RefreshHint = r.IsDBNull(13) ? null : TimeSpan.FromSeconds(r.GetInt64(13)),
        DisabledReason = r.IsDBNull(14) ? null : r.GetString(14),
        Unread = r.GetInt32(15),
        Entries = r.GetInt32(16),
    };
}
