using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>
/// One account's Gmail data: messages, labels, filters, drafts and history. Thread-safe: every change happens under
/// one lock and is recorded in the history. Public members are for tests to inspect; the API works through the rest.
/// </summary>
public sealed partial class Mailbox
{
    // Gmail history ids are large and only grow; where they start does not matter, only their order.
    private const ulong FirstHistoryId = 1000;

    private readonly object _gate = new();
    private readonly Func<string> _newMessageId;
    private readonly Dictionary<string, StoredMessage> _messages = new(StringComparer.Ordinal);
    private long _sequence;

    internal Mailbox(string email, Func<string> newMessageId)
    {
        Email = email;
        _newMessageId = newMessageId;
        _historyId = FirstHistoryId;
        _historyFloor = FirstHistoryId;
        foreach (var label in SystemLabels.All) _labels[label.Id] = label;
    }

    public string Email { get; }

    /// <summary>Every message, oldest first.</summary>
    public IReadOnlyList<GmailMessageInfo> Messages =>
        Snapshot().OrderBy(m => m.InternalDate).ThenBy(m => m.Sequence)
            .Select(m => new GmailMessageInfo(m.Id, m.ThreadId, m.Labels.Order(StringComparer.Ordinal).ToArray(),
                DateTimeOffset.FromUnixTimeMilliseconds(m.InternalDate), m.Facts.Subject))
            .ToArray();

    internal IReadOnlyList<StoredMessage> Snapshot()
    {
        lock (_gate) return _messages.Values.ToArray();
    }

    internal StoredMessage? Find(string id)
    {
        lock (_gate) return _messages.GetValueOrDefault(id);
    }

    internal StoredMessage Require(string id) => Find(id) ?? throw ApiException.NotFound();

    internal IReadOnlyList<StoredMessage> Thread(string threadId) =>
        Snapshot().Where(m => m.ThreadId == threadId).OrderBy(m => m.InternalDate).ThenBy(m => m.Sequence).ToArray();

    /// <summary>
    /// Stores a message. It joins <paramref name="threadId"/> when given (which must exist), else the thread of a
    /// message its References/In-Reply-To name when the subjects match (ignoring Re:/Fwd:), else a new thread.
    /// </summary>
    internal StoredMessage Add(byte[] raw, IEnumerable<string> labelIds, long internalDate, string? threadId = null)
    {
        lock (_gate)
        {
            var labels = labelIds.Distinct().ToArray();
            foreach (var label in labels) RequireLabel(label);
            var id = _newMessageId();
            var facts = new MessageFacts(GmailFormat.Parse(raw));
            var thread = threadId is null ? ThreadOf(facts) : RequireThread(threadId);
            var message = new StoredMessage(id, thread ?? id, raw, internalDate, labels, ++_sequence, facts);
            _messages[id] = message;
            message.HistoryId = Record(HistoryKind.MessageAdded, message, labels);
            return message;
        }
    }

    /// <summary>Adds and removes labels; returns the message as changed. Unknown or Gmail-only labels answer 400.</summary>
    internal StoredMessage ChangeLabels(string id, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove)
    {
        lock (_gate)
        {
            var message = _messages.GetValueOrDefault(id) ?? throw ApiException.NotFound();
            foreach (var label in add.Concat(remove))
            {
                RequireLabel(label);
                if (SystemLabels.NotApplicable.Contains(label)) throw ApiException.BadRequest($"Invalid label: {label}");
            }
            ApplyLabels(message, add, remove);
            return message;
        }
    }

    internal void Delete(string id)
    {
        lock (_gate)
        {
            var message = _messages.GetValueOrDefault(id) ?? throw ApiException.NotFound();
            _messages.Remove(id);
            Record(HistoryKind.MessageDeleted, message, []);
        }
    }

    // Callers hold the lock.
    private void ApplyLabels(StoredMessage message, IEnumerable<string> add, IEnumerable<string> remove)
    {
        var added = add.Where(l => !message.Has(l)).Distinct().ToArray();
        var removed = remove.Where(message.Has).Distinct().Except(added).ToArray();
        if (added.Length == 0 && removed.Length == 0) return;
        message.Labels = message.Labels.Union(added).Except(removed).ToHashSet(StringComparer.Ordinal);
        if (added.Length > 0) message.HistoryId = Record(HistoryKind.LabelAdded, message, added);
        if (removed.Length > 0) message.HistoryId = Record(HistoryKind.LabelRemoved, message, removed);
    }

    private string? ThreadOf(MessageFacts facts)
    {
        if (facts.References.Count == 0) return null;
        var subject = GmailFormat.ThreadSubject(facts.Subject);
        return _messages.Values
            .Where(m => facts.References.Contains(m.Facts.MessageId) && GmailFormat.ThreadSubject(m.Facts.Subject) == subject)
            .OrderByDescending(m => m.Sequence)
            .Select(m => m.ThreadId)
            .FirstOrDefault();
    }

    private string RequireThread(string threadId) =>
        _messages.Values.Any(m => m.ThreadId == threadId)
            ? threadId
            : throw ApiException.BadRequest("Invalid thread_id value");
}
