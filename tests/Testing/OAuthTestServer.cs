namespace McpServers.Testing;

/// <summary>
/// oidc-provider (npm, pinned in tests/interop) on 127.0.0.1: a real OAuth 2.0 / OpenID Connect server with its development
/// login pages, the device flow, client credentials, revocation and introspection. Clients: test-post
/// (client_secret_post), test-basic (client_secret_basic), test-public (none); scopes openid, offline_access, api:read, api:write.
/// </summary>
public sealed class OAuthTestServer : IDisposable
{
    private readonly ChildProcess _node;

    private OAuthTestServer(ChildProcess node, Uri issuer)
    {
        _node = node;
        Issuer = issuer;
    }

    public Uri Issuer { get; }

    /// <summary>The secret of a registered confidential client.</summary>
    public static string SecretOf(string clientId) => $"{clientId}-secret-that-is-long-enough-for-hs256";

    public static async Task<OAuthTestServer> StartAsync()
    {
        var (node, line) = await InteropScript.StartAsync("oauth-server.mjs", [], "listening ", TimeSpan.FromSeconds(30));
        return new OAuthTestServer(node, new Uri(line["listening ".Length..]));
    }

    public void Dispose() => _node.Dispose();
}
