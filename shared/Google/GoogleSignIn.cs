using McpServers.OAuth;
using McpServers.OAuth.Providers;

namespace McpServers.Google;

/// <summary>
/// How a Google server signs people in through McpServers.OAuth: provider <c>google</c> (so Gmail, Calendar and Sheets
/// share accounts), settings from GOOGLE_* variables. The client comes from <c>--client-secret-file</c> (the JSON the Cloud
/// console downloads) or <c>--client-id</c>/<c>--client-secret</c>; <c>--issuer</c> points at another OAuth server (tests).
/// </summary>
public static class GoogleSignIn
{
    /// <summary>The sign-in definition of server <paramref name="executableName"/> asking for <paramref name="scopes"/>.</summary>
    public static OAuthClientDefinition Definition(string executableName, IReadOnlyList<string> scopes) => new()
    {
        ExecutableName = executableName,
        ProviderName = "google",
        EnvironmentPrefix = "GOOGLE",
        DefaultScopes = scopes,
        ResolveProvider = (settings, http, ct) => ResolveAsync(settings, scopes, http, ct),
        SetupHelp = $"""
            Setting up a Google client (once):
              1. console.cloud.google.com > APIs & Services > Library: enable the APIs this server uses.
              2. OAuth consent screen: add yourself as a test user, or publish the app (apps in "Testing" get refresh
                 tokens that expire after 7 days).
              3. Credentials > Create credentials > OAuth client ID > Desktop app; download the JSON.
              4. {executableName} auth login --client-secret-file ~/Downloads/client_secret_....json
                 (or set GOOGLE_CLIENT_SECRET_FILE; on a headless machine add --no-browser, or --device with a
                 "TVs and Limited Input devices" client).
            """,
    };

    private static Task<OAuthProvider> ResolveAsync(OAuthSettings settings, IReadOnlyList<string> scopes, HttpClient http, CancellationToken cancellationToken)
    {
        if (settings.Issuer is { Length: > 0 })
            return settings.DiscoverAsync("google", scopes, http, cancellationToken);
        if (settings.ClientSecretFile is { Length: > 0 } file)
            return Task.FromResult(GoogleProvider.FromClientSecretsFile(file, settings.ScopeList(scopes)));
        if (settings.ClientId is { Length: > 0 } clientId)
            return Task.FromResult(GoogleProvider.Create(clientId, settings.ClientSecret is { Length: > 0 } s ? s : null, settings.ScopeList(scopes)));
        throw new OAuthException("no Google OAuth client is configured: give --client-secret-file (the JSON from Google Cloud console > "
            + "APIs & Services > Credentials) or set GOOGLE_CLIENT_SECRET_FILE");
    }
}
