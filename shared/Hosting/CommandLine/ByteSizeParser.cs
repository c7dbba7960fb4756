using System.Globalization;

namespace McpServers.Hosting.CommandLine;

/// <summary>
/// Sizes in bytes as people write them: <c>2147483648</c>, <c>512KiB</c>, <c>100MB</c>, <c>2GiB</c>, <c>4k</c>.
/// K, M, G and T count in 1024s whether written KB or KiB: an option limit is never meant in powers of ten.
/// </summary>
public static class ByteSizeParser
{
    private static readonly (string Suffix, long Factor)[] Units =
    [
        ("tib", 1L << 40), ("tb", 1L << 40), ("t", 1L << 40),
        ("gib", 1L << 30), ("gb", 1L << 30), ("g", 1L << 30),
        ("mib", 1L << 20), ("mb", 1L << 20), ("m", 1L << 20),
        ("kib", 1L << 10), ("kb", 1L << 10), ("k", 1L << 10),
        ("b", 1),
    ];

    /// <summary>Parses <paramref name="text"/> or returns false (also for negative or overflowing sizes).</summary>
    public static bool TryParse(string text, out long bytes)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        var factor = 1L;
        foreach (var (suffix, unit) in Units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                trimmed = trimmed[..^suffix.Length].TrimEnd();
                factor = unit;
                break;
            }
        }
        bytes = 0;
        if (!decimal.TryParse(trimmed, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            return false;
        var total = amount * factor;
        if (total > long.MaxValue || total != decimal.Truncate(total))
            return false;
        bytes = (long)total;
        return true;
    }

    /// <summary>The plain number of bytes, as help shows a default (it parses back to the same value).</summary>
    public static string Format(long bytes) => bytes.ToString(CultureInfo.InvariantCulture);
}
