using System.Security.Cryptography;
using McpServers.OAuth.Providers;

namespace McpServers.OAuth.Flows;

/// <summary>One sign-in attempt: its random <c>state</c>, its PKCE pair, its redirect URI and the URL a person opens.</summary>
public sealed class AuthorizationRequest
{
    private AuthorizationRequest(OAuthProvider provider, string redirectUri)
    {
        RedirectUri = redirectUri;
        State = Pkce.Base64Url(RandomNumberGenerator.GetBytes(24));
        Pkce = Pkce.Create();
        var endpoint = provider.AuthorizationEndpoint
            ?? throw new OAuthException($"provider '{provider.Name}' has no authorization endpoint; use --device or client credentials");
        var query = new List<KeyValuePair<string, string>>
        {
            new("response_type", "code"),
            new("client_id", provider.ClientId),
            new("redirect_uri", redirectUri),
            new("state", State),
            new("code_challenge", Pkce.Challenge),
            new("code_challenge_method", "S256"),
        };
        if (provider.Scopes.Count > 0)
            query.Add(new("scope", provider.ScopeText));
        query.AddRange(provider.AuthorizationParameters.Where(p => query.All(q => q.Key != p.Key)));
        var separator = endpoint.Query.Length > 0 ? "&" : "?";
        Url = new Uri(endpoint + separator + string.Join("&", query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
    }

    /// <summary>Where the provider sends the browser back to.</summary>
    public string RedirectUri { get; }

    /// <summary>Random value the answer must carry back (CSRF protection, RFC 6749 §10.12).</summary>
    public string State { get; }

    /// <summary>The PKCE pair of this attempt.</summary>
    public Pkce Pkce { get; }

    /// <summary>The URL to open in a browser.</summary>
    public Uri Url { get; }

    /// <summary>A new attempt for <paramref name="provider"/> answering to <paramref name="redirectUri"/>.</summary>
    public static AuthorizationRequest Create(OAuthProvider provider, string redirectUri) => new(provider, redirectUri);
}
