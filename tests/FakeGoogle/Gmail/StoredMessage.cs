using MimeKit;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>
/// One message of a mailbox: its RFC 822 bytes (never changed once stored) and Gmail's metadata. Labels and history id
/// are replaced whole under the mailbox lock, so a reader outside it sees one consistent set.
/// </summary>
internal sealed class StoredMessage
{
    private readonly Lazy<MessageFacts> _facts;

    public StoredMessage(string id, string threadId, byte[] raw, long internalDate, IEnumerable<string> labels, long sequence,
        MessageFacts? facts = null)
    {
        Id = id;
        ThreadId = threadId;
        Raw = raw;
        InternalDate = internalDate;
        Labels = new HashSet<string>(labels, StringComparer.Ordinal);
        Sequence = sequence;
        _facts = facts is null ? new Lazy<MessageFacts>(() => new MessageFacts(Parse())) : new Lazy<MessageFacts>(() => facts);
    }

    public string Id { get; }
    public string ThreadId { get; }
    public byte[] Raw { get; }

    /// <summary>Epoch milliseconds Gmail orders by.</summary>
    public long InternalDate { get; }

    public IReadOnlySet<string> Labels { get; set; }
    public ulong HistoryId { get; set; }

    /// <summary>Arrival order, to order messages with the same internalDate.</summary>
    public long Sequence { get; }

    public MessageFacts Facts => _facts.Value;

    /// <summary>A fresh parse: MimeKit's content streams have positions, so concurrent readers must not share one.</summary>
    public MimeMessage Parse() => GmailFormat.Parse(Raw);

    public bool Has(string labelId) => Labels.Contains(labelId);
}
