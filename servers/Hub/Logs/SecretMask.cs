using System.Text.RegularExpressions;

namespace McpServers.Hub.Logs;

/// <summary>
/// Masks secrets in text the hub keeps or shows (log lines, exit reasons): bearer tokens, <c>Authorization:</c> values,
/// <c>token=</c>-like pairs, and the literal values of the server's secret environment variables and headers.
/// </summary>
internal static partial class SecretMask
{
    public const string Masked = "***";

    /// <summary>Longer lines are cut before they are checked (and kept): a server cannot make the hub hold or scan megabytes per line.</summary>
    public const int LongestLine = 16 * 1024;

    /// <summary>What a line becomes when it could not be checked in time: shown without it rather than unchecked.</summary>
    public const string Unchecked = "[line hidden: it could not be checked for secrets in time]";

    /// <summary>Masks <paramref name="text"/>; masking it again changes nothing.</summary>
    public static string Apply(string text, IReadOnlyCollection<string> secrets)
    {
        if (text.Length > LongestLine)
            text = text[..LongestLine] + " [cut]";
        try
        {
            return ApplyPatterns(text, secrets);
        }
        catch (RegexMatchTimeoutException)
        {
            return Unchecked;
        }
    }

    private static string ApplyPatterns(string text, IReadOnlyCollection<string> secrets)
    {
        foreach (var secret in secrets)
        {
            if (secret.Length >= 4)
                text = text.Replace(secret, Masked, StringComparison.Ordinal);
        }
        text = AuthorizationHeader().Replace(text, m => m.Groups[1].Value + Masked);
        text = BearerToken().Replace(text, m => m.Groups[1].Value + Masked);
        return SecretPair().Replace(text, m => m.Groups[1].Value + Masked);
    }

    /// <summary><c>Authorization: Basic abc</c>, <c>"authorization":"abc"</c>: the credentials after the scheme word, if any.</summary>
    [GeneratedRegex("""(?i)(authorization["']?\s*[:=]\s*["']?(?>(?:[a-z]+\s+(?=\S))?))(?!\*\*\*)[^\s"',;}]+""", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex("""(?i)(\bbearer\s+)(?!\*\*\*)[A-Za-z0-9._~+/=-]+""", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex BearerToken();

    /// <summary><c>token=abc</c>, <c>access_token: "abc"</c>, <c>password=abc</c>, <c>api_key=abc</c>, <c>client_secret=abc</c>.</summary>
    [GeneratedRegex("""(?i)(\b[a-z_-]*(?:token|secret|password|passwd|api[_-]?key)["']?\s*[:=]\s*["']?)(?!\*\*\*)[^\s&"',;}]+""", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SecretPair();
}
