namespace McpServers.FakeGoogle.Gmail;

/// <summary>What a search term needs beyond the message: who "me" is, label names, and the time for newer_than:.</summary>
internal sealed record QueryContext(string AccountEmail, Func<string, string?> LabelIdByName, DateTimeOffset Now);
