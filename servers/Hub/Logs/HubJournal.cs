using System.Collections.Concurrent;
using McpServers.Hub.Config;
using Microsoft.Extensions.Logging;

namespace McpServers.Hub.Logs;

/// <summary>
/// What the hub keeps about its servers: each server's log (its stderr and the hub's notes, masked, in rotating files
/// under <see cref="JournalSettings.Directory"/>) and the event table (<c>events.db</c> there).
/// </summary>
internal sealed class HubJournal(JournalSettings settings, TimeProvider time, ILoggerFactory loggers) : IDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger("McpServers.Hub");
    private readonly ConcurrentDictionary<string, ServerLog> _logs = new(StringComparer.Ordinal);
    private readonly Lock _opening = new();
    private HubEventStore? _events;

    public string Directory => settings.Directory;

    /// <summary>The log of <paramref name="server"/> (a config name: letters, digits, '-' and '_', so a safe file name).</summary>
    public ServerLog LogOf(string server) =>
        _logs.GetOrAdd(server, name => new ServerLog(new RotatingLogFile(Path.Combine(settings.Directory, name + ".log"), settings.MaxFileBytes, settings.Files), time));

    /// <summary>The log of a configured server, masking its current secrets.</summary>
    public ServerLog LogOf(HubServerConfig config)
    {
        var log = LogOf(config.Name);
        log.SetSecrets(config.SecretValues());
        return log;
    }

    /// <summary>
    /// Records an event (masked like the server's log) in the table and, for a server, in its log. A full disk or a
    /// broken table is logged on the hub's stderr: supervision goes on without the record.
    /// </summary>
    public void Record(string? server, string kind, string detail)
    {
        try
        {
            if (server is not null)
            {
                var log = LogOf(server);
                detail = log.Mask(detail);
                log.Append("hub", $"{kind}: {detail}", LevelOf(kind));
            }
            EventStore().Add(time.GetUtcNow(), server, kind, detail);
        }
        catch (Exception e)
        {
            // Whatever it is (a full disk, a read-only folder, SQLite missing), supervision goes on without the record.
            HubLog.JournalFailed(_logger, e.Message);
        }
    }

    /// <summary>The newest events, newest first.</summary>
    /// <exception cref="JournalUnavailableException">The event table cannot be opened or read now.</exception>
    public IReadOnlyList<HubEvent> Events(string? server, int limit)
    {
        try
        {
            return EventStore().Newest(server, limit);
        }
        catch (Exception e)
        {
            throw new JournalUnavailableException($"The event table ({Path.Combine(settings.Directory, "events.db")}) cannot be read: {e.Message}");
        }
    }

    /// <summary>The event table, opened on first use; a failed open is tried again next time.</summary>
    private HubEventStore EventStore()
    {
        lock (_opening)
            return _events ??= new HubEventStore(Path.Combine(settings.Directory, "events.db"));
    }

    private static string LevelOf(string kind) => kind switch
    {
        HubEventKinds.CrashLoop => LogLevels.Error,
        HubEventKinds.Exited or HubEventKinds.HealthFailed => LogLevels.Warning,
        _ => LogLevels.Info,
    };

    public void Dispose()
    {
        foreach (var log in _logs.Values)
            log.Dispose();
    }
}

/// <summary>The event table cannot be used now; the message says why.</summary>
internal sealed class JournalUnavailableException(string message) : Exception(message);

/// <summary>Where the logs and events go and how large the log files may grow.</summary>
internal sealed record JournalSettings(string Directory, long MaxFileBytes, int Files);
