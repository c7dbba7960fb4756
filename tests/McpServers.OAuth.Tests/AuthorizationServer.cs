using McpServers.OAuth;
using McpServers.Testing;

namespace McpServers.OAuth.Tests;

/// <summary>
/// oidc-provider (npm, pinned in tests/interop) on 127.0.0.1 with its development login and consent pages, started once
/// for the test class. Clients: test-post (client_secret_post), test-basic (client_secret_basic), test-public (none).
/// </summary>
public sealed class AuthorizationServer : IAsyncLifetime
{
    private ChildProcess? _node;

    public Uri Issuer { get; private set; } = null!;

    public static string SecretOf(string clientId) => $"{clientId}-secret-that-is-long-enough-for-hs256";

    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "interop", "oauth-server.mjs");
        _node = ChildProcess.Start("node", [script], redirectStdin: true, workingDirectory: Path.GetDirectoryName(script));
        var line = await _node.WaitForStdoutLineAsync(l => l.StartsWith("listening ", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Issuer = new Uri(line["listening ".Length..]);
    }

    public Task DisposeAsync()
    {
        _node?.Dispose();
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
