namespace McpServers.FakeGoogle.Gmail;

internal enum HistoryKind
{
    MessageAdded,
    MessageDeleted,
    LabelAdded,
    LabelRemoved,
}

/// <summary>One change of a mailbox, as history.list reports it; labels are the message's after the change.</summary>
internal sealed record HistoryRecord(
    ulong Id, HistoryKind Kind, string MessageId, string ThreadId, IReadOnlyList<string> ChangedLabels, IReadOnlyList<string> LabelsAfter);
