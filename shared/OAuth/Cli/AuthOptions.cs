using System.CommandLine;

namespace McpServers.OAuth.Cli;

/// <summary>The options of the <c>auth</c> verbs, each falling back to an environment variable.</summary>
internal sealed class AuthOptions
{
    private readonly OAuthClientDefinition _definition;

    public AuthOptions(OAuthClientDefinition definition)
    {
        _definition = definition;
        Issuer = Setting("--issuer", "ISSUER", "Authorization server's issuer URL; endpoints are discovered from it");
        ClientId = Setting("--client-id", "CLIENT_ID", "Client id registered with the provider");
        ClientSecret = Setting("--client-secret", "CLIENT_SECRET", "Client secret (prefer the environment variable: it stays out of shell history)");
        ClientSecretFile = Setting("--client-secret-file", "CLIENT_SECRET_FILE", "Google client_secret_*.json downloaded from the Cloud console");
        Scopes = Setting("--scopes", "SCOPES", "Scopes to ask for, space- or comma-separated"
            + (definition.DefaultScopes.Count > 0 ? $" [default: {string.Join(" ", definition.DefaultScopes)}]" : ""));
        ClientAuthentication = Setting("--client-auth", "CLIENT_AUTH", "How the client authenticates: post, basic or none [default: post with a secret, none without]");
        TokenStore = new Option<string>("--token-store")
        {
            Description = $"Folder of the encrypted token store [env: {Store.StoreDirectory.EnvironmentVariable}] [default: $XDG_CONFIG_HOME/mcp-servers/oauth]",
            Recursive = true,
            HelpName = "folder",
        };
    }

    public Option<string> Issuer { get; }
    public Option<string> ClientId { get; }
    public Option<string> ClientSecret { get; }
    public Option<string> ClientSecretFile { get; }
    public Option<string> Scopes { get; }
    public Option<string> ClientAuthentication { get; }
    public Option<string> TokenStore { get; }

    public IEnumerable<Option> All => [Issuer, ClientId, ClientSecret, ClientSecretFile, Scopes, ClientAuthentication, TokenStore];

    /// <summary>Options given on the command line, over the environment.</summary>
    public OAuthSettings Read(ParseResult result)
    {
        var environment = _definition.SettingsFromEnvironment();
        string? Pick(Option<string> option, string? fallback) => result.GetValue(option) is { Length: > 0 } value ? value : fallback;
        return new OAuthSettings
        {
            Issuer = Pick(Issuer, environment.Issuer),
            ClientId = Pick(ClientId, environment.ClientId),
            ClientSecret = Pick(ClientSecret, environment.ClientSecret),
            ClientSecretFile = Pick(ClientSecretFile, environment.ClientSecretFile),
            Scopes = Pick(Scopes, environment.Scopes),
            ClientAuthentication = Pick(ClientAuthentication, environment.ClientAuthentication),
            TokenStore = Pick(TokenStore, environment.TokenStore),
        };
    }

    private Option<string> Setting(string name, string variable, string description) => new(name)
    {
        Description = $"{description} [env: {_definition.Variable(variable)}]",
        Recursive = true,
        HelpName = "value",
    };
}
