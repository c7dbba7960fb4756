namespace McpServers.OAuth.Providers;

/// <summary>How the client proves its identity at the token, revocation and device endpoints (RFC 6749 §2.3).</summary>
public enum ClientAuthentication
{
    /// <summary><c>client_id</c> and <c>client_secret</c> in the form body.</summary>
    ClientSecretPost,

    /// <summary>HTTP Basic with the URL-encoded client id and secret.</summary>
    ClientSecretBasic,

    /// <summary>A public client: only <c>client_id</c> in the body (PKCE protects the code).</summary>
    None,
}
