using System.Globalization;
using Microsoft.Data.Sqlite;

namespace McpServers.Hub.Logs;

/// <summary>
/// The hub's event table in SQLite (<c>events.db</c> beside the logs): starts, exits with their code, restarts, health
/// failures, config changes. The newest <see cref="Kept"/> events are kept.
/// </summary>
internal sealed class HubEventStore
{
    public const int Kept = 10_000;

    private readonly string _connectionString;
    private readonly Lock _lock = new();
    private long _writes;

    public HubEventStore(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                server TEXT,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS events_server ON events (server, id);
            """);
    }

    public void Add(DateTimeOffset at, string? server, string kind, string detail)
    {
        lock (_lock)
        {
            using var connection = Open();
            Execute(connection, "INSERT INTO events (at, server, kind, detail) VALUES ($at, $server, $kind, $detail)",
                ("$at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)), ("$server", server), ("$kind", kind), ("$detail", detail));
            if (++_writes % 500 == 0)
                Execute(connection, "DELETE FROM events WHERE id <= (SELECT MAX(id) FROM events) - $kept", ("$kept", Kept));
        }
    }

    /// <summary>The newest <paramref name="limit"/> events, newest first; of one server when <paramref name="server"/> is given.</summary>
    public IReadOnlyList<HubEvent> Newest(string? server, int limit)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = server is null
            ? "SELECT id, at, server, kind, detail FROM events ORDER BY id DESC LIMIT $limit"
            : "SELECT id, at, server, kind, detail FROM events WHERE server = $server ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        if (server is not null)
            command.Parameters.AddWithValue("$server", server);
        using var reader = command.ExecuteReader();
        var events = new List<HubEvent>();
        while (reader.Read())
        {
            events.Add(new HubEvent(reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }
        return events;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }
}
