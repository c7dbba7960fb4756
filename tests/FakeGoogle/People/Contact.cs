namespace McpServers.FakeGoogle.People;

/// <summary>A person in an account's contacts ("people/c…") or other contacts ("otherContacts/c…").</summary>
public sealed record Contact(string ResourceName, string Name, IReadOnlyList<string> Emails, bool IsOther);
