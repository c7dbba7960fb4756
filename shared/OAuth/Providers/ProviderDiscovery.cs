using System.Net.Http.Json;
using System.Text.Json;

namespace McpServers.OAuth.Providers;

/// <summary>
/// Reads an issuer's metadata: OpenID Connect discovery (<c>/.well-known/openid-configuration</c>), then RFC 8414
/// (<c>/.well-known/oauth-authorization-server</c>), and fills the endpoints of a provider from it.
/// </summary>
public static class ProviderDiscovery
{
    /// <summary>Returns <paramref name="registration"/> with the endpoints the issuer publishes (values already set win).</summary>
    public static async Task<OAuthProvider> DiscoverAsync(Uri issuer, OAuthProvider registration, HttpClient http, CancellationToken cancellationToken = default)
    {
        var metadata = await FetchAsync(issuer, http, cancellationToken);
        Uri? Endpoint(string name) => metadata.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? new Uri(value.GetString()!) : null;
        var methods = metadata.TryGetProperty("token_endpoint_auth_methods_supported", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(m => m.GetString()).ToHashSet() : [];
        var authentication = registration.ClientAuthentication;
        if (registration.ClientSecret is null)
            authentication = ClientAuthentication.None;
        // The registration's method is only a preference: when the server does not take it but takes the other, use that.
        else if (methods.Count > 0 && authentication == ClientAuthentication.ClientSecretPost && !methods.Contains("client_secret_post") && methods.Contains("client_secret_basic"))
            authentication = ClientAuthentication.ClientSecretBasic;
        return registration with
        {
            AuthorizationEndpoint = registration.AuthorizationEndpoint ?? Endpoint("authorization_endpoint"),
            TokenEndpoint = Endpoint("token_endpoint") ?? throw new OAuthException($"{issuer} publishes no token_endpoint"),
            RevocationEndpoint = registration.RevocationEndpoint ?? Endpoint("revocation_endpoint"),
            DeviceAuthorizationEndpoint = registration.DeviceAuthorizationEndpoint ?? Endpoint("device_authorization_endpoint"),
            ClientAuthentication = authentication,
        };
    }

    private static async Task<JsonElement> FetchAsync(Uri issuer, HttpClient http, CancellationToken cancellationToken)
    {
        var root = issuer.ToString().TrimEnd('/');
        var tried = new List<string>();
        foreach (var path in new[] { "/.well-known/openid-configuration", "/.well-known/oauth-authorization-server" })
        {
            var url = root + path;
            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode)
                    return await response.Content.ReadFromJsonAsync(OAuthJson.Default.JsonElement, cancellationToken);
                tried.Add($"{url}: HTTP {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or JsonException)
            {
                tried.Add($"{url}: {e.Message}");
            }
        }
        throw new OAuthException($"could not read the metadata of issuer {issuer} ({string.Join("; ", tried)})");
    }
}
