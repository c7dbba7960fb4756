using System.Text.Json;
using System.Text.Json.Serialization;

namespace McpServers.OAuth.Providers;

/// <summary>
/// Google's endpoints (as Google documents them for installed apps) and registration (the <c>client_secret_*.json</c>
/// the Cloud console downloads). Asks for offline access with a consent prompt, without which Google returns no refresh
/// token. Read with System.Text.Json rather than Google.Apis.Auth (Newtonsoft.Json), so servers stay Native AOT.
/// </summary>
public static class GoogleProvider
{
    /// <summary>Google's authorization endpoint.</summary>
    public static readonly Uri AuthorizationEndpoint = new("https://accounts.google.com/o/oauth2/v2/auth");

    /// <summary>Google's token endpoint.</summary>
    public static readonly Uri TokenEndpoint = new("https://oauth2.googleapis.com/token");

    /// <summary>Google's revocation endpoint.</summary>
    public static readonly Uri RevocationEndpoint = new("https://oauth2.googleapis.com/revoke");

    /// <summary>Google's device authorization endpoint (only "TVs and Limited Input devices" clients may use it).</summary>
    public static readonly Uri DeviceAuthorizationEndpoint = new("https://oauth2.googleapis.com/device/code");

    /// <summary>A Google provider for a desktop ("installed") OAuth client.</summary>
    public static OAuthProvider Create(string clientId, string? clientSecret, IReadOnlyList<string> scopes, string name = "google") => new()
    {
        Name = name,
        AuthorizationEndpoint = AuthorizationEndpoint,
        TokenEndpoint = TokenEndpoint,
        RevocationEndpoint = RevocationEndpoint,
        DeviceAuthorizationEndpoint = DeviceAuthorizationEndpoint,
        ClientId = clientId,
        ClientSecret = clientSecret,
        ClientAuthentication = clientSecret is null ? ClientAuthentication.None : ClientAuthentication.ClientSecretPost,
        Scopes = scopes,
        AuthorizationParameters = new Dictionary<string, string> { ["access_type"] = "offline", ["prompt"] = "consent" },
    };

    /// <summary>A Google provider from the <c>client_secret_*.json</c> downloaded from the Cloud console (an "installed" or "web" client).</summary>
    public static OAuthProvider FromClientSecretsFile(string path, IReadOnlyList<string> scopes, string name = "google")
    {
        if (!File.Exists(path))
            throw new OAuthException($"client secrets file {path} does not exist (download it from Google Cloud console > APIs & Services > Credentials)");
        GoogleClientSecretsFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllText(path), OAuthJson.Default.GoogleClientSecretsFile);
        }
        catch (JsonException e)
        {
            throw new OAuthException($"{path} is not a Google client secrets file (expected {{\"installed\": {{\"client_id\": ...}}}}): {e.Message}");
        }
        var secrets = file?.Installed ?? file?.Web;
        if (secrets?.ClientId is not { Length: > 0 } id)
            throw new OAuthException($"{path} has no client_id (expected {{\"installed\": {{\"client_id\": ...}}}})");
        return Create(id, secrets.ClientSecret is { Length: > 0 } secret ? secret : null, scopes, name);
    }
}

/// <summary>The Cloud console's client secrets file: one of <c>installed</c> (desktop) or <c>web</c>.</summary>
internal sealed record GoogleClientSecretsFile(
    [property: JsonPropertyName("installed")] GoogleClientSecrets? Installed,
    [property: JsonPropertyName("web")] GoogleClientSecrets? Web);

internal sealed record GoogleClientSecrets(
    [property: JsonPropertyName("client_id")] string? ClientId,
    [property: JsonPropertyName("client_secret")] string? ClientSecret);
