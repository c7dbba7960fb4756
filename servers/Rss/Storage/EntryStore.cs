using System.Text;
using McpServers.Rss.Parsing;
using McpServers.Text;
using Microsoft.Data.Sqlite;
using static McpServers.Rss.Storage.RssDatabase;

namespace McpServers.Rss.Storage;

/// <summary>Entries: kept with the time first seen, updated in place when the publisher edits them, searchable (FTS5).</summary>
internal sealed class EntryStore(RssDatabase database, TimeProvider time)
{
    private const string Columns = """
        e.id, e.feed_id, f.title, e.guid, e.title, e.link, e.authors, e.summary, e.content, e.categories, e.published, e.updated,
        e.first_seen, e.read_at
        """;

    /// <summary>Stores the entries of one fetch; returns how many were new and how many changed.</summary>
    public (int Added, int Changed) Upsert(long feedId, IReadOnlyList<ParsedEntry> entries)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var now = time.GetUtcNow();
        var (added, changed) = (0, 0);
        foreach (var entry in entries)
        {
            var authors = entry.Authors.Count == 0 ? null : string.Join(", ", entry.Authors);
            var categories = entry.Categories.Count == 0 ? null : string.Join(", ", entry.Categories);
            using var existing = Command(connection, "SELECT id, title, link, summary, content, updated, published FROM entries WHERE feed_id = $feed AND guid = $guid",
                ("$feed", feedId), ("$guid", entry.Id));
            existing.Transaction = transaction;
            long id;
            using (var reader = existing.ExecuteReader())
            {
                if (reader.Read())
                {
                    id = reader.GetInt64(0);
                    var same = Same(reader, 1, entry.Title) && Same(reader, 2, entry.Link) && Same(reader, 3, entry.Summary) && Same(reader, 4, entry.Content)
                        && Same(reader, 5, StoredTime.Format(entry.Updated)) && Same(reader, 6, StoredTime.Format(entry.Published));
                    if (same)
                        continue;
                }
                else
                    id = 0;
            }
            var parameters = new (string, object?)[]
            {
                ("$feed", feedId), ("$guid", entry.Id), ("$title", entry.Title), ("$link", entry.Link), ("$authors", authors),
                ("$summary", entry.Summary), ("$content", entry.Content), ("$categories", categories),
                ("$published", StoredTime.Format(entry.Published)), ("$updated", StoredTime.Format(entry.Updated)),
                ("$now", StoredTime.Format(now)), ("$sort", StoredTime.Format(SortTime(entry, now))), ("$id", id),
            };
            using var write = Command(connection, id == 0
                ? """
                  INSERT INTO entries (feed_id, guid, title, link, authors, summary, content, categories, published, updated, first_seen, sort_time)
                  VALUES ($feed, $guid, $title, $link, $authors, $summary, $content, $categories, $published, $updated, $now, $sort) RETURNING id
                  """
                : """
                  UPDATE entries SET title = $title, link = $link, authors = $authors, summary = $summary, content = $content,
                      categories = $categories, published = $published, updated = $updated, sort_time = $sort WHERE id = $id RETURNING id
                  """, parameters);
            write.Transaction = transaction;
            var rowId = (long)write.ExecuteScalar()!;
            using var index = Command(connection, "DELETE FROM entries_fts WHERE rowid = $id; INSERT INTO entries_fts (rowid, title, body) VALUES ($id, $title, $body)",
                ("$id", rowId), ("$title", entry.Title ?? ""), ("$body", PlainText(entry.Content ?? entry.Summary)));
            index.Transaction = transaction;
            index.ExecuteNonQuery();
            if (id == 0)
                added++;
            else
                changed++;
        }
        transaction.Commit();
        return (added, changed);
    }

    public IReadOnlyList<EntryRecord> Query(EntryFilter filter)
    {
        using var connection = database.Open();
        var sql = new StringBuilder($"SELECT {Columns} FROM entries e JOIN feeds f ON f.id = e.feed_id WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        AddConditions(filter, sql, parameters);
        sql.Append(" ORDER BY e.sort_time DESC, e.id DESC LIMIT $limit OFFSET $offset");
        parameters.Add(("$limit", filter.Limit));
        parameters.Add(("$offset", filter.Offset));
        return ReadAll(connection, sql.ToString(), parameters);
    }

    public int Count(EntryFilter filter)
    {
        using var connection = database.Open();
        var sql = new StringBuilder("SELECT count(*) FROM entries e WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        AddConditions(filter, sql, parameters);
        using var command = Command(connection, sql.ToString(), [.. parameters]);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public EntryRecord? Get(long id)
    {
        using var connection = database.Open();
        return ReadAll(connection, $"SELECT {Columns} FROM entries e JOIN feeds f ON f.id = e.feed_id WHERE e.id = $id", [("$id", id)]).FirstOrDefault();
    }

    /// <summary>FTS5 search, best match first (bm25, title weighted 3x), with a snippet around the match.</summary>
    /// <exception cref="SearchSyntaxException">The query is not valid FTS5 syntax.</exception>
    public IReadOnlyList<(EntryRecord Entry, string Snippet)> Search(string query, IReadOnlyList<long> feedIds, int limit, int offset)
    {
        using var connection = database.Open();
        var sql = new StringBuilder($"""
            SELECT {Columns}, snippet(entries_fts, 1, '**', '**', '…', 24) FROM entries_fts
            JOIN entries e ON e.id = entries_fts.rowid JOIN feeds f ON f.id = e.feed_id
            WHERE entries_fts MATCH $query
            """);
        var parameters = new List<(string, object?)> { ("$query", query), ("$limit", limit), ("$offset", offset) };
        if (feedIds.Count > 0)
            sql.Append($" AND e.feed_id IN ({string.Join(",", feedIds)})");
        sql.Append(" ORDER BY bm25(entries_fts, 3.0, 1.0) LIMIT $limit OFFSET $offset");
        using var command = Command(connection, sql.ToString(), [.. parameters]);
        var results = new List<(EntryRecord, string)>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
                results.Add((Read(reader), reader.IsDBNull(14) ? "" : reader.GetString(14)));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            throw new SearchSyntaxException(e.Message.Replace("SQLite Error 1: ", "", StringComparison.Ordinal));
        }
        return results;
    }

    /// <summary>Marks entries read (or unread); returns how many changed.</summary>
    public int MarkRead(bool read, IReadOnlyList<long> ids, long? feedId, DateTimeOffset? before)
    {
        using var connection = database.Open();
        var sql = new StringBuilder(read ? "UPDATE entries SET read_at = $now WHERE read_at IS NULL" : "UPDATE entries SET read_at = NULL WHERE read_at IS NOT NULL");
        var parameters = new List<(string, object?)> { ("$now", StoredTime.Format(time.GetUtcNow())) };
        if (ids.Count > 0)
            sql.Append($" AND id IN ({string.Join(",", ids)})");
        if (feedId is { } feed)
        {
            sql.Append(" AND feed_id = $feed");
            parameters.Add(("$feed", feed));
        }
        if (before is { } b)
        {
            sql.Append(" AND sort_time < $before");
            parameters.Add(("$before", StoredTime.Format(b)));
        }
        return Execute(connection, sql.ToString(), [.. parameters]);
    }

    /// <summary>Deletes read entries first seen before <paramref name="cutoff"/>; unread entries are never deleted.</summary>
    public int DeleteReadBefore(DateTimeOffset cutoff)
    {
        using var connection = database.Open();
        return Execute(connection, "DELETE FROM entries WHERE read_at IS NOT NULL AND first_seen < $cutoff", ("$cutoff", StoredTime.Format(cutoff)));
    }

    public static string PlainText(string? html) => html is null ? "" : html.Contains('<') || html.Contains('&') ? HtmlText.ToText(html) : html;

    // Newest first by the publisher's date; an undated entry sorts by when we first saw it; a date in the future counts as now.
    private static DateTimeOffset SortTime(ParsedEntry entry, DateTimeOffset now)
    {
        var date = entry.Published ?? entry.Updated ?? now;
        return date > now ? now : date;
    }

    private static void AddConditions(EntryFilter filter, StringBuilder sql, List<(string, object?)> parameters)
    {
        if (filter.FeedIds.Count > 0)
            sql.Append($" AND e.feed_id IN ({string.Join(",", filter.FeedIds)})");
        if (filter.Since is { } since)
        {
            sql.Append(" AND e.sort_time >= $since");
            parameters.Add(("$since", StoredTime.Format(since)));
        }
        if (filter.Until is { } until)
        {
            sql.Append(" AND e.sort_time < $until");
            parameters.Add(("$until", StoredTime.Format(until)));
        }
        if (filter.UnreadOnly)
            sql.Append(" AND e.read_at IS NULL");
        var text = "lower(coalesce(e.title, '') || ' ' || coalesce(e.summary, '') || ' ' || coalesce(e.content, '') || ' ' || coalesce(e.categories, ''))";
        for (var i = 0; i < filter.Include.Count; i++)
        {
            sql.Append($" AND instr({text}, $in{i}) > 0");
            parameters.Add(($"$in{i}", filter.Include[i].ToLowerInvariant()));
        }
        for (var i = 0; i < filter.Exclude.Count; i++)
        {
            sql.Append($" AND instr({text}, $out{i}) = 0");
            parameters.Add(($"$out{i}", filter.Exclude[i].ToLowerInvariant()));
        }
    }

    private static List<EntryRecord> ReadAll(SqliteConnection connection, string sql, IEnumerable<(string, object?)> parameters)
    {
        using var command = Command(connection, sql, [.. parameters]);
        using var reader = command.ExecuteReader();
        var entries = new List<EntryRecord>();
        while (reader.Read())
            entries.Add(Read(reader));
        return entries;
    }

    private static bool Same(SqliteDataReader reader, int column, string? value) => (reader.IsDBNull(column) ? null : reader.GetString(column)) == value;

    private static EntryRecord Read(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        FeedId = r.GetInt64(1),
        FeedTitle = r.IsDBNull(2) ? null : r.GetString(2),
        Guid = r.GetString(3),
        Title = r.IsDBNull(4) ? null : r.GetString(4),
        Link = r.IsDBNull(5) ? null : r.GetString(5),
        Authors = r.IsDBNull(6) ? null : r.GetString(6),
        Summary = r.IsDBNull(7) ? null : r.GetString(7),
        Content = r.IsDBNull(8) ? null : r.GetString(8),
        Categories = r.IsDBNull(9) ? null : r.GetString(9),
        Published = StoredTime.Parse(r.GetValue(10)),
        Updated = StoredTime.Parse(r.GetValue(11)),
        FirstSeen = StoredTime.Parse(r.GetValue(12)) ?? DateTimeOffset.MinValue,
        ReadAt = StoredTime.Parse(r.GetValue(13)),
    };
}
