namespace McpServers.Google.Http;

/// <summary>Base64url without padding (RFC 4648 §5), as Google's APIs and JWTs use it.</summary>
public static class Base64Url
{
    /// <summary>The bytes as base64url text.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The bytes of base64url text (padded or not).</summary>
    /// <exception cref="FormatException">The text is not base64url.</exception>
    public static byte[] Decode(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(standard.PadRight(standard.Length + (4 - standard.Length % 4) % 4, '='));
    }
}
