using System.Text.Json.Serialization;
using McpServers.OAuth.Tokens;

namespace McpServers.OAuth.Store;

/// <summary>One signed-in account of one provider.</summary>
public sealed record StoredAccount
{
    /// <summary>The tokens; secret.</summary>
    [JsonPropertyName("tokens")]
    public required TokenSet Tokens { get; init; }

    /// <summary>How the account signed in: <c>code</c>, <c>device</c> or <c>client_credentials</c>.</summary>
    [JsonPropertyName("grant")]
    public string Grant { get; init; } = "code";

    /// <summary>First sign-in.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; init; }
}
