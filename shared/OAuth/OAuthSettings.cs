using McpServers.OAuth.Providers;

namespace McpServers.OAuth;

/// <summary>What the person configured for a provider: from <c>auth</c> options, else the server's environment variables.</summary>
public sealed record OAuthSettings
{
    /// <summary>Issuer URL to discover endpoints from.</summary>
    public string? Issuer { get; init; }

    /// <summary>Client id.</summary>
    public string? ClientId { get; init; }

    /// <summary>Client secret (prefer <see cref="ClientSecretFile"/> or the environment, so it stays out of shell history).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>A Google <c>client_secret.json</c>.</summary>
    public string? ClientSecretFile { get; init; }

    /// <summary>Scopes, space- or comma-separated.</summary>
    public string? Scopes { get; init; }

    /// <summary><c>post</c>, <c>basic</c> or <c>none</c>.</summary>
    public string? ClientAuthentication { get; init; }

    /// <summary>Token store folder.</summary>
    public string? TokenStore { get; init; }

    /// <summary>The scopes as a list (<paramref name="defaults"/> when none were given).</summary>
    public IReadOnlyList<string> ScopeList(IReadOnlyList<string> defaults) =>
        Scopes is { Length: > 0 } text ? text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries) : defaults;

    /// <summary>The client authentication method, from <see cref="ClientAuthentication"/> or from whether there is a secret.</summary>
    public ClientAuthentication AuthenticationMethod(string? secret) => ClientAuthentication?.Trim().ToLowerInvariant() switch
    {
        null or "" => secret is null ? Providers.ClientAuthentication.None : Providers.ClientAuthentication.ClientSecretPost,
        "post" or "client_secret_post" => Providers.ClientAuthentication.ClientSecretPost,
        "basic" or "client_secret_basic" => Providers.ClientAuthentication.ClientSecretBasic,
        "none" => Providers.ClientAuthentication.None,
        var other => throw new OAuthException($"client authentication '{other}' is not one of: post, basic, none"),
    };

    /// <summary>
    /// A provider from an issuer (discovered) and a client id: the generic way to use any standards-compliant server.
    /// </summary>
    public async Task<OAuthProvider> DiscoverAsync(string providerName, IReadOnlyList<string> defaultScopes, HttpClient http, CancellationToken cancellationToken)
    {
        if (Issuer is not { Length: > 0 } issuer || !Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUri))
            throw new OAuthException("give the authorization server's issuer URL with --issuer (its endpoints are discovered from it)");
        if (ClientId is not { Length: > 0 } clientId)
            throw new OAuthException("give the client id registered with the authorization server with --client-id");
        var registration = new OAuthProvider
        {
            Name = providerName,
            TokenEndpoint = issuerUri,
            ClientId = clientId,
            ClientSecret = ClientSecret is { Length: > 0 } s ? s : null,
            ClientAuthentication = AuthenticationMethod(ClientSecret is { Length: > 0 } ? ClientSecret : null),
            Scopes = ScopeList(defaultScopes),
            // OpenID Connect Core §11: offline_access (a refresh token) is only granted after an explicit consent prompt.
            AuthorizationParameters = ScopeList(defaultScopes).Contains("offline_access")
                ? new Dictionary<string, string> { ["prompt"] = "consent" }
                : new Dictionary<string, string>(),
        };
        return await ProviderDiscovery.DiscoverAsync(issuerUri, registration, http, cancellationToken);
    }
}
