namespace McpServers.FakeGoogle.Gmail;

/// <summary>A label as Gmail describes it; <see cref="Type"/> is "system" or "user".</summary>
public sealed record GmailLabel(
    string Id, string Name, string Type, string? MessageListVisibility = null, string? LabelListVisibility = null,
    string? TextColor = null, string? BackgroundColor = null)
{
    public bool IsSystem => Type == "system";
}
