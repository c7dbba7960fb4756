using Microsoft.Data.Sqlite;

namespace McpServers.Rss.Storage;

/// <summary>
/// The SQLite database (WAL, so readers never wait for a writer; a busy timeout, so writers from several mcp-rss
/// processes queue instead of failing). Schema changes are numbered migrations recorded in <c>PRAGMA user_version</c>.
/// </summary>
internal sealed class RssDatabase
{
    private readonly string _connectionString;

    public RssDatabase(string path)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        Migrate(connection);
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
        return connection;
    }

    public static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static void Migrate(SqliteConnection connection)
    {
        // BEGIN IMMEDIATE: two processes opening a new database at once run the migrations one after the other.
        using var transaction = connection.BeginTransaction(deferred: false);
        using var version = Command(connection, "PRAGMA user_version");
        version.Transaction = transaction;
        var current = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        for (var next = current; next < Migrations.Length; next++)
        {
            using var step = Command(connection, Migrations[next] + $"; PRAGMA user_version = {next + 1};");
            step.Transaction = transaction;
            step.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    // Append only: a released migration is never edited.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            site_url TEXT,
            format TEXT,
            tags TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_fetch TEXT,
            last_success TEXT,
            last_error TEXT,
            error_count INTEGER NOT NULL DEFAULT 0,
            next_fetch TEXT,
            refresh_hint_seconds INTEGER,
            disabled_reason TEXT,
            lease_until TEXT
        );
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            title TEXT,
            link TEXT,
            authors TEXT,
            summary TEXT,
            content TEXT,
            categories TEXT,
            published TEXT,
            updated TEXT,
            first_seen TEXT NOT NULL,
            sort_time TEXT NOT NULL,
            read_at TEXT,
            UNIQUE (feed_id, guid)
        );
        CREATE INDEX entries_by_time ON entries (sort_time DESC);
        CREATE INDEX entries_by_feed ON entries (feed_id, sort_time DESC);
        CREATE VIRTUAL TABLE entries_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN DELETE FROM entries_fts WHERE rowid = old.id; END;
        """,
    ];
}
