using System.Security.Cryptography;
using System.Text;

namespace McpServers.OAuth.Flows;

/// <summary>A PKCE pair (RFC 7636): a random verifier kept here, and its S256 challenge sent with the sign-in.</summary>
public sealed record Pkce(string Verifier, string Challenge)
{
    /// <summary>A fresh pair: 32 random bytes (43 characters) as the verifier.</summary>
    public static Pkce Create()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>Unpadded base64url (RFC 4648 §5), as PKCE and <c>state</c> use.</summary>
    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
