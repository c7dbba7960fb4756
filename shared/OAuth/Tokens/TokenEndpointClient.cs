using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using McpServers.OAuth.Providers;

namespace McpServers.OAuth.Tokens;

/// <summary>
/// Form posts to a provider's token, revocation and device endpoints with the provider's client authentication.
/// Ours rather than Google.Apis.Auth's <c>TokenRequest</c>: that one always puts the secret in the body
/// (<c>client_secret_post</c>) and knows neither the device nor the client-credentials grant.
/// </summary>
public sealed class TokenEndpointClient(OAuthProvider provider, HttpClient http, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The provider this client talks to.</summary>
    public OAuthProvider Provider => provider;

    /// <summary>Exchanges an authorization code (with its PKCE verifier) for tokens.</summary>
    public Task<TokenSet> ExchangeCodeAsync(string code, string codeVerifier, string redirectUri, CancellationToken cancellationToken) =>
        RequestTokensAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = codeVerifier,
            ["redirect_uri"] = redirectUri,
        }, previous: null, cancellationToken);

    /// <summary>Uses a refresh token; keeps it when the response carries no new one (RFC 6749 §6).</summary>
    public Task<TokenSet> RefreshAsync(TokenSet current, CancellationToken cancellationToken) =>
        RequestTokensAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = current.RefreshToken ?? throw new OAuthException("this account has no refresh token"),
        }, current, cancellationToken);

    /// <summary>The client credentials grant (RFC 6749 §4.4): tokens for the application itself.</summary>
    public Task<TokenSet> ClientCredentialsAsync(CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (provider.Scopes.Count > 0)
            form["scope"] = provider.ScopeText;
        return RequestTokensAsync(form, previous: null, cancellationToken);
    }

    /// <summary>One poll of the device grant (RFC 8628 §3.4); errors such as <c>authorization_pending</c> come back as <see cref="OAuthException.Error"/>.</summary>
    public Task<TokenSet> PollDeviceCodeAsync(string deviceCode, CancellationToken cancellationToken) =>
        RequestTokensAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
            ["device_code"] = deviceCode,
        }, previous: null, cancellationToken);

    /// <summary>Starts a device authorization (RFC 8628 §3.1).</summary>
    public async Task<JsonElement> StartDeviceAuthorizationAsync(CancellationToken cancellationToken)
    {
        var endpoint = provider.DeviceAuthorizationEndpoint
            ?? throw new OAuthException($"provider '{provider.Name}' has no device authorization endpoint; sign in with the browser instead");
        var form = new Dictionary<string, string>();
        if (provider.Scopes.Count > 0)
            form["scope"] = provider.ScopeText;
        return await PostAsync(endpoint, form, "device authorization", cancellationToken);
    }

    /// <summary>Revokes a token (RFC 7009); false when the provider has no revocation endpoint.</summary>
    public async Task<bool> RevokeAsync(string token, string tokenTypeHint, CancellationToken cancellationToken)
    {
        if (provider.RevocationEndpoint is not { } endpoint)
            return false;
        await PostAsync(endpoint, new Dictionary<string, string> { ["token"] = token, ["token_type_hint"] = tokenTypeHint }, "revocation", cancellationToken);
        return true;
    }

    private async Task<TokenSet> RequestTokensAsync(Dictionary<string, string> form, TokenSet? previous, CancellationToken cancellationToken)
    {
        var json = await PostAsync(provider.TokenEndpoint, form, "token request", cancellationToken);
        var now = _time.GetUtcNow();
        string? Text(string name) => json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var accessToken = Text("access_token") ?? throw new OAuthException("the token endpoint answered without an access_token");
        DateTimeOffset? expiresAt = json.TryGetProperty("expires_in", out var seconds) && seconds.TryGetDouble(out var s) ? now.AddSeconds(s) : null;
        return new TokenSet
        {
            AccessToken = accessToken,
            RefreshToken = Text("refresh_token") ?? previous?.RefreshToken,
            ExpiresAt = expiresAt,
            // RFC 6749 §5.1: no scope in the answer means the scope asked for (or, on refresh, the one held).
            Scope = Text("scope") ?? previous?.Scope ?? (provider.Scopes.Count > 0 ? provider.ScopeText : null),
            TokenType = Text("token_type") ?? "Bearer",
            IdToken = Text("id_token") ?? previous?.IdToken,
            ObtainedAt = now,
        };
    }

    private async Task<JsonElement> PostAsync(Uri endpoint, Dictionary<string, string> form, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        switch (provider.ClientAuthentication)
        {
            case ClientAuthentication.ClientSecretBasic:
                // RFC 6749 §2.3.1: id and secret are form-urlencoded before being joined and base64-encoded.
                var pair = Uri.EscapeDataString(provider.ClientId) + ":" + Uri.EscapeDataString(provider.ClientSecret ?? "");
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
                break;
            case ClientAuthentication.ClientSecretPost:
                form["client_id"] = provider.ClientId;
                if (provider.ClientSecret is not null)
                    form["client_secret"] = provider.ClientSecret;
                break;
            default:
                form["client_id"] = provider.ClientId;
                break;
        }
        request.Content = new FormUrlEncodedContent(form);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new OAuthException($"{what} to {endpoint.GetLeftPart(UriPartial.Path)} failed: {e.Message}");
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement json = default;
            var isJson = body.Length > 0 && TryParse(body, out json);
            if (response.IsSuccessStatusCode)
                return isJson ? json : body.Length == 0 ? JsonDocument.Parse("{}").RootElement : throw new OAuthException($"{what}: the server's answer is not JSON");
            var error = isJson && json.TryGetProperty("error", out var e) ? e.GetString() : null;
            var description = isJson && json.TryGetProperty("error_description", out var d) ? d.GetString() : null;
            // The body of an error never holds a token, but echo only the standard fields to be sure.
            throw new OAuthException($"{what} refused: HTTP {(int)response.StatusCode}"
                + (error is null ? "" : $" {error}") + (description is null ? "" : $" ({description})"), error);
        }
    }

    private static bool TryParse(string body, out JsonElement json)
    {
        try
        {
            json = JsonDocument.Parse(body).RootElement.Clone();
            return json.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            json = default;
            return false;
        }
    }
}
