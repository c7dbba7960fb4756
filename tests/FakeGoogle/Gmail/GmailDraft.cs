namespace McpServers.FakeGoogle.Gmail;

/// <summary>A draft and the id of the message (labelled DRAFT) that holds its current content.</summary>
public sealed record GmailDraft(string Id, string MessageId);
