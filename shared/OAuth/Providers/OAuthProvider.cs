namespace McpServers.OAuth.Providers;

/// <summary>One authorization server and this application's registration with it.</summary>
public sealed record OAuthProvider
{
    /// <summary>Short name; the token store keeps one file per provider name (e.g. <c>google</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Where a person signs in and consents.</summary>
    public Uri? AuthorizationEndpoint { get; init; }

    /// <summary>Where codes, refresh tokens and client credentials are exchanged for tokens.</summary>
    public required Uri TokenEndpoint { get; init; }

    /// <summary>RFC 7009 revocation, used by <c>auth logout</c> when present.</summary>
    public Uri? RevocationEndpoint { get; init; }

    /// <summary>RFC 8628 device authorization, used by <c>auth login --device</c> when present.</summary>
    public Uri? DeviceAuthorizationEndpoint { get; init; }

    /// <summary>Scopes asked for at sign-in.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The client id the provider issued to this application.</summary>
    public required string ClientId { get; init; }

    /// <summary>The client secret, if the client has one (installed apps' secrets are not confidential, but are required by some providers).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>How the client authenticates; <see cref="ClientAuthentication.None"/> when there is no secret.</summary>
    public ClientAuthentication ClientAuthentication { get; init; } = ClientAuthentication.ClientSecretPost;

    /// <summary>Extra query parameters for the authorization request (Google: <c>access_type=offline</c>, <c>prompt=consent</c>).</summary>
    public IReadOnlyDictionary<string, string> AuthorizationParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Refresh this long before the access token expires, so a call never starts with a token about to lapse.</summary>
    public TimeSpan RefreshMargin { get; init; } = TimeSpan.FromMinutes(2);

    internal string ScopeText => string.Join(' ', Scopes);
}
