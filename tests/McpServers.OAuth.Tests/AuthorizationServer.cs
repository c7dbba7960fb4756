using McpServers.OAuth;
using McpServers.Testing;

namespace McpServers.OAuth.Tests;

/// <summary>
/// The OAuth test server (<see cref="OAuthTestServer"/>), started once for the test class. Clients: test-post (client_secret_post), test-basic (client_secret_basic), test-public (none).
/// </summary>
public sealed class AuthorizationServer : IAsyncLifetime
{
    private OAuthTestServer? _server;

    public Uri Issuer => _server!.Issuer;

    public static string SecretOf(string clientId) => OAuthTestServer.SecretOf(clientId);

    public async Task InitializeAsync() => _server = await OAuthTestServer.StartAsync();

    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>What a server using this provider would declare.</summary>
    public static OAuthClientDefinition Definition { get; } = new()
    {
        ExecutableName = "mcp-test-server",
        ProviderName = "test",
        EnvironmentPrefix = "TEST_OAUTH",
        DefaultScopes = ["openid", "offline_access", "api:read"],
    };

    /// <summary>A fresh token store and accounts object for one of the registered clients.</summary>
    public TestAccounts Accounts(string clientId = "test-post", TimeProvider? time = null) => new(this, clientId, time);

    /// <summary>Settings for one of the registered clients, with the token store in <paramref name="storeDirectory"/>.</summary>
    public OAuthSettings Settings(string clientId, string storeDirectory) => new()
    {
        Issuer = Issuer.ToString(),
        ClientId = clientId,
        ClientSecret = clientId == "test-public" ? null : SecretOf(clientId),
        ClientAuthentication = clientId switch { "test-basic" => "basic", "test-public" => "none", _ => "post" },
        TokenStore = storeDirectory,
    };
}
