using System.Text.Json.Serialization;

namespace McpServers.Gmail.Api;

// The Gmail API v1 resources this server uses, as its discovery document names them (users.messages, labels, drafts,
// settings.filters, history). Only the fields read or sent are declared.

internal sealed record GmailMessage
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("threadId")] public string? ThreadId { get; init; }
    [JsonPropertyName("labelIds")] public IReadOnlyList<string>? LabelIds { get; init; }
    [JsonPropertyName("snippet")] public string? Snippet { get; init; }
    [JsonPropertyName("historyId")] public string? HistoryId { get; init; }
    [JsonPropertyName("internalDate")] public string? InternalDate { get; init; }
    [JsonPropertyName("sizeEstimate")] public long? SizeEstimate { get; init; }
    [JsonPropertyName("raw")] public string? Raw { get; init; }
    [JsonPropertyName("payload")] public GmailMessagePart? Payload { get; init; }
}

internal sealed record GmailMessagePart
{
    [JsonPropertyName("mimeType")] public string? MimeType { get; init; }
    [JsonPropertyName("headers")] public IReadOnlyList<GmailHeader>? Headers { get; init; }
}

internal sealed record GmailHeader([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("value")] string Value);

internal sealed record GmailMessageList
{
    [JsonPropertyName("messages")] public IReadOnlyList<GmailMessage>? Messages { get; init; }
    [JsonPropertyName("nextPageToken")] public string? NextPageToken { get; init; }
    [JsonPropertyName("resultSizeEstimate")] public long? ResultSizeEstimate { get; init; }
}

internal sealed record GmailThread
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("messages")] public IReadOnlyList<GmailMessage>? Messages { get; init; }
}

internal sealed record GmailModifyRequest
{
    [JsonPropertyName("addLabelIds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? AddLabelIds { get; init; }
    [JsonPropertyName("removeLabelIds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? RemoveLabelIds { get; init; }
}

internal sealed record GmailBatchModifyRequest
{
    [JsonPropertyName("ids")] public required IReadOnlyList<string> Ids { get; init; }
    [JsonPropertyName("addLabelIds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? AddLabelIds { get; init; }
    [JsonPropertyName("removeLabelIds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? RemoveLabelIds { get; init; }
}

internal sealed record GmailLabel
{
    [JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("type"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Type { get; init; }
    [JsonPropertyName("messageListVisibility"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? MessageListVisibility { get; init; }
    [JsonPropertyName("labelListVisibility"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? LabelListVisibility { get; init; }
    [JsonPropertyName("messagesTotal"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? MessagesTotal { get; init; }
    [JsonPropertyName("messagesUnread"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? MessagesUnread { get; init; }
}

internal sealed record GmailLabelList([property: JsonPropertyName("labels")] IReadOnlyList<GmailLabel>? Labels);

internal sealed record GmailDraft
{
    [JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Id { get; init; }
    [JsonPropertyName("message")] public GmailMessage? Message { get; init; }
}

internal sealed record GmailDraftList
{
    [JsonPropertyName("drafts")] public IReadOnlyList<GmailDraft>? Drafts { get; init; }
    [JsonPropertyName("nextPageToken")] public string? NextPageToken { get; init; }
}

internal sealed record GmailFilter
{
    [JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Id { get; init; }
    [JsonPropertyName("criteria")] public GmailFilterCriteria? Criteria { get; init; }
    [JsonPropertyName("action")] public GmailFilterAction? Action { get; init; }
}

internal sealed record GmailFilterCriteria
{
    [JsonPropertyName("from"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? From { get; init; }
    [JsonPropertyName("to"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? To { get; init; }
    [JsonPropertyName("subject"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Subject { get; init; }
    [JsonPropertyName("query"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Query { get; init; }
    [JsonPropertyName("hasAttachment"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? HasAttachment { get; init; }
}

internal sealed record GmailFilterAction
{
    [JsonPropertyName("addLabelIds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? AddLabelIds { get; init; }
    [JsonPropertyName("removeLabelIds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? RemoveLabelIds { get; init; }
    [JsonPropertyName("forward"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Forward { get; init; }
}

internal sealed record GmailFilterList([property: JsonPropertyName("filter")] IReadOnlyList<GmailFilter>? Filter);

internal sealed record GmailHistoryList
{
    [JsonPropertyName("history")] public IReadOnlyList<GmailHistory>? History { get; init; }
    [JsonPropertyName("historyId")] public string? HistoryId { get; init; }
    [JsonPropertyName("nextPageToken")] public string? NextPageToken { get; init; }
}

internal sealed record GmailHistory
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("messagesAdded")] public IReadOnlyList<GmailHistoryMessage>? MessagesAdded { get; init; }
    [JsonPropertyName("messagesDeleted")] public IReadOnlyList<GmailHistoryMessage>? MessagesDeleted { get; init; }
    [JsonPropertyName("labelsAdded")] public IReadOnlyList<GmailHistoryLabels>? LabelsAdded { get; init; }
    [JsonPropertyName("labelsRemoved")] public IReadOnlyList<GmailHistoryLabels>? LabelsRemoved { get; init; }
}

internal sealed record GmailHistoryMessage([property: JsonPropertyName("message")] GmailMessage? Message);

internal sealed record GmailHistoryLabels(
    [property: JsonPropertyName("message")] GmailMessage? Message,
    [property: JsonPropertyName("labelIds")] IReadOnlyList<string>? LabelIds);

internal sealed record GmailProfile
{
    [JsonPropertyName("emailAddress")] public string? EmailAddress { get; init; }
    [JsonPropertyName("historyId")] public string? HistoryId { get; init; }
}

internal sealed record GmailSendRequest
{
    [JsonPropertyName("raw")] public required string Raw { get; init; }
    [JsonPropertyName("threadId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ThreadId { get; init; }
}

internal sealed record GmailDraftRequest(
    [property: JsonPropertyName("message"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GmailSendRequest? Message)
{
    [JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Id { get; init; }
}
