namespace McpServers.Gmail.Tools;

// What mcp-gmail's tools return as structuredContent (and declare as their output schema).

public sealed record EmailSummary(string Id, string? ThreadId, string? From, string? To, string? Subject, string? Date, string? Snippet, IReadOnlyList<string> Labels);

public sealed record SearchResult(IReadOnlyList<EmailSummary> Messages, string? NextPageToken, long? ResultSizeEstimate);

public sealed record AttachmentInfo(int Index, string Filename, string MimeType, long Size);

public sealed record EmailView(
    string Id, string? ThreadId, IReadOnlyList<string> Labels, string? From, string? To, string? Cc, string? Subject, string? Date,
    string? MessageId, string Body, int BodyLength, int? NextOffset, string? Note, IReadOnlyList<AttachmentInfo> Attachments);

public sealed record ThreadView(string ThreadId, IReadOnlyList<EmailView> Messages, string? Note);

public sealed record SentMessage(string Id, string? ThreadId, IReadOnlyList<string> Labels, string? Note);

public sealed record LabelInfo(string Id, string Name, string? Type, int? MessagesTotal, int? MessagesUnread);

public sealed record LabelList(IReadOnlyList<LabelInfo> Labels);

public sealed record ModifiedMessages(IReadOnlyList<string> Ids, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);

public sealed record DraftInfo(string Id, string? MessageId, string? ThreadId, string? Subject, string? To);

public sealed record DraftList(IReadOnlyList<DraftInfo> Drafts, string? NextPageToken);

public sealed record FilterInfo(string Id, string? From, string? To, string? Subject, string? Query, bool? HasAttachment,
    IReadOnlyList<string> AddLabels, IReadOnlyList<string> RemoveLabels, string? Forward);

public sealed record FilterList(IReadOnlyList<FilterInfo> Filters);

public sealed record SavedAttachment(string Filename, string MimeType, long Size, string? SavedTo, string? ContentBase64);

public sealed record HistoryChange(string Kind, string MessageId, string? ThreadId, IReadOnlyList<string> Labels);

public sealed record HistoryResult(string? HistoryId, IReadOnlyList<HistoryChange> Changes, string? NextPageToken);

public sealed record Done(string Message);
