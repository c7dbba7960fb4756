using System.Text.Json.Serialization;

namespace McpServers.OAuth.Tokens;

/// <summary>What the token endpoint granted one account, as kept in the store.</summary>
public sealed record TokenSet
{
    /// <summary>The bearer token sent to APIs.</summary>
    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }

    /// <summary>The long-lived token that obtains new access tokens; null for client credentials.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>When the access token stops working (null: the server did not say).</summary>
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The scopes granted (may be fewer than asked).</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    /// <summary>Usually <c>Bearer</c>.</summary>
    [JsonPropertyName("token_type")]
    public string TokenType { get; init; } = "Bearer";

    /// <summary>The OpenID Connect ID token, when one was issued.</summary>
    [JsonPropertyName("id_token")]
    public string? IdToken { get; init; }

    /// <summary>When this set was obtained.</summary>
    [JsonPropertyName("obtained_at")]
    public DateTimeOffset ObtainedAt { get; init; }

    /// <summary>
    /// True when the access token expires within <paramref name="margin"/> of <paramref name="now"/>; the margin is at most
    /// half the token's lifetime, so a provider issuing one-minute tokens is not asked for a new one on every call.
    /// </summary>
    public bool ExpiresWithin(TimeSpan margin, DateTimeOffset now)
    {
        if (ExpiresAt is not { } at)
            return false;
        var lifetime = at - ObtainedAt;
        return at - (lifetime > TimeSpan.Zero && lifetime / 2 < margin ? lifetime / 2 : margin) <= now;
    }
}
