using System.Security.Cryptography;
using System.Text;

namespace McpServers.Hosting.Http;

/// <summary>Checks an Authorization header against the configured bearer token in constant time.</summary>
internal sealed class BearerTokenCheck(string token)
{
    // Hashing both sides gives equal-length inputs, so the comparison time says nothing about the token's length either.
    private readonly byte[] _expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public bool IsAuthorized(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorizationHeader[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, _expectedHash);
    }
}
