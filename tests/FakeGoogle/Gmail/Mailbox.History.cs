using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

public sealed partial class Mailbox
{
    private readonly List<HistoryRecord> _history = [];
    private ulong _historyId;
    private ulong _historyFloor;

    /// <summary>The mailbox's current history id (what getProfile reports).</summary>
    public ulong HistoryId
    {
        get
        {
            lock (_gate) return _historyId;
        }
    }

    /// <summary>Drops the history, as Gmail does after about a week: history.list from an earlier id answers 404.</summary>
    public void ForgetHistory()
    {
        lock (_gate)
        {
            _history.Clear();
            _historyFloor = _historyId;
        }
    }

    /// <summary>Records after <paramref name="startHistoryId"/>; 404 when that id is older than the kept history.</summary>
    internal IReadOnlyList<HistoryRecord> HistorySince(ulong startHistoryId)
    {
        lock (_gate)
        {
            if (startHistoryId < _historyFloor) throw ApiException.NotFound();
            return _history.Where(h => h.Id > startHistoryId).ToArray();
        }
    }

    // Callers hold the lock.
    private ulong Record(HistoryKind kind, StoredMessage message, IReadOnlyList<string> changed)
    {
        var id = ++_historyId;
        _history.Add(new HistoryRecord(id, kind, message.Id, message.ThreadId, changed,
            message.Labels.Order(StringComparer.Ordinal).ToArray()));
        return id;
    }
}
