using System.Security.Cryptography;
using System.Text;

namespace McpServers.Hub;

/// <summary>
/// The names clients see: <c>&lt;prefix&gt;__&lt;tool&gt;</c>. A name past MCP's 64 characters is cut and ends in a short hash
/// of the whole name, so it stays stable across restarts and two long names never become one.
/// </summary>
internal static class ToolNames
{
    public const string Separator = "__";
    public const int MaxLength = 64;
    private const int HashLength = 8;

    public static bool IsValidPrefix(string prefix) =>
        prefix.Length is > 0 and <= 32 && prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
        // "a_" + "x" and "a" + "_x" would both be "a___x": a prefix may not end in '_' (nor hold the separator).
        && !prefix.EndsWith('_') && !prefix.Contains(Separator, StringComparison.Ordinal);

    public static string Exposed(string prefix, string tool)
    {
        var full = prefix + Separator + tool;
        if (full.Length <= MaxLength)
            return full;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..HashLength];
        return full[..(MaxLength - HashLength - 1)] + "_" + hash;
    }
}
