using McpServers.OAuth.Providers;

namespace McpServers.OAuth;

/// <summary>What a server that signs in somewhere declares: its provider, where its settings come from, its scopes.</summary>
public sealed class OAuthClientDefinition
{
    /// <summary>The server's executable, used in messages such as "run `mcp-gmail auth login --account work`".</summary>
    public required string ExecutableName { get; init; }

    /// <summary>The provider's name in the token store (e.g. <c>google</c>); servers that share it share sign-ins.</summary>
    public required string ProviderName { get; init; }

    /// <summary>Prefix of the environment variables read when an option is not given (<c>GOOGLE</c> → <c>GOOGLE_CLIENT_ID</c>).</summary>
    public required string EnvironmentPrefix { get; init; }

    /// <summary>Scopes asked for when <c>--scopes</c> is not given.</summary>
    public IReadOnlyList<string> DefaultScopes { get; init; } = [];

    /// <summary>Builds the provider from the settings; by default, discovery from <c>--issuer</c>.</summary>
    public Func<OAuthSettings, HttpClient, CancellationToken, Task<OAuthProvider>>? ResolveProvider { get; init; }

    /// <summary>Extra paragraph for <c>auth --help</c> (e.g. how to create a Google client).</summary>
    public string? SetupHelp { get; init; }

    /// <summary>The environment variable for one setting (<c>CLIENT_ID</c> → <c>GOOGLE_CLIENT_ID</c>).</summary>
    public string Variable(string setting) => $"{EnvironmentPrefix}_{setting}";

    /// <summary>The settings as given by the environment alone (how a running server finds its provider).</summary>
    public OAuthSettings SettingsFromEnvironment() => new()
    {
        Issuer = Environment.GetEnvironmentVariable(Variable("ISSUER")),
        ClientId = Environment.GetEnvironmentVariable(Variable("CLIENT_ID")),
        ClientSecret = Environment.GetEnvironmentVariable(Variable("CLIENT_SECRET")),
        ClientSecretFile = Environment.GetEnvironmentVariable(Variable("CLIENT_SECRET_FILE")),
        Scopes = Environment.GetEnvironmentVariable(Variable("SCOPES")),
        ClientAuthentication = Environment.GetEnvironmentVariable(Variable("CLIENT_AUTH")),
        TokenStore = Environment.GetEnvironmentVariable(Store.StoreDirectory.EnvironmentVariable),
    };

    internal Task<OAuthProvider> ResolveAsync(OAuthSettings settings, HttpClient http, CancellationToken cancellationToken) =>
        ResolveProvider is { } resolve ? resolve(settings, http, cancellationToken)
            : settings.DiscoverAsync(ProviderName, DefaultScopes, http, cancellationToken);
}
