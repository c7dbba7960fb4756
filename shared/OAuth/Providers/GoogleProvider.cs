using Google.Apis.Auth.OAuth2;

namespace McpServers.OAuth.Providers;

/// <summary>
/// Google's endpoints (from Google.Apis.Auth's <c>GoogleAuthConsts</c>) and registration (its <c>client_secret.json</c>
/// reader). Asks for offline access with a consent prompt, without which Google returns no refresh token.
/// </summary>
public static class GoogleProvider
{
    /// <summary>Google's device authorization endpoint (only "TVs and Limited Input devices" clients may use it).</summary>
    public static readonly Uri DeviceAuthorizationEndpoint = new("https://oauth2.googleapis.com/device/code");

    /// <summary>A Google provider for a desktop ("installed") OAuth client.</summary>
    public static OAuthProvider Create(string clientId, string? clientSecret, IReadOnlyList<string> scopes, string name = "google") => new()
    {
        Name = name,
        AuthorizationEndpoint = new Uri(GoogleAuthConsts.AuthorizationUrl),
        TokenEndpoint = new Uri(GoogleAuthConsts.OidcTokenUrl),
        RevocationEndpoint = new Uri(GoogleAuthConsts.RevokeTokenUrl),
        DeviceAuthorizationEndpoint = DeviceAuthorizationEndpoint,
        ClientId = clientId,
        ClientSecret = clientSecret,
        ClientAuthentication = clientSecret is null ? ClientAuthentication.None : ClientAuthentication.ClientSecretPost,
        Scopes = scopes,
        AuthorizationParameters = new Dictionary<string, string> { ["access_type"] = "offline", ["prompt"] = "consent" },
    };

    /// <summary>A Google provider from the <c>client_secret_*.json</c> downloaded from the Cloud console.</summary>
    public static OAuthProvider FromClientSecretsFile(string path, IReadOnlyList<string> scopes, string name = "google")
    {
        if (!File.Exists(path))
            throw new OAuthException($"client secrets file {path} does not exist (download it from Google Cloud console > APIs & Services > Credentials)");
        GoogleClientSecrets secrets;
        try
        {
            secrets = GoogleClientSecrets.FromFile(path);
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            throw new OAuthException($"{path} is not a Google client secrets file (expected {{\"installed\": {{\"client_id\": ...}}}}): {e.Message}");
        }
        if (secrets.Secrets?.ClientId is not { Length: > 0 } id)
            throw new OAuthException($"{path} has no client_id");
        return Create(id, secrets.Secrets.ClientSecret, scopes, name);
    }
}
