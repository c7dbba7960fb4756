namespace McpServers.FakeGoogle.Gmail;

/// <summary>A stored message as tests inspect it.</summary>
public sealed record GmailMessageInfo(string Id, string ThreadId, IReadOnlyList<string> LabelIds, DateTimeOffset InternalDate, string Subject);
