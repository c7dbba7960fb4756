using System.Globalization;
using System.Text.RegularExpressions;

namespace McpServers.Calendar.Time;

/// <summary>Editing RRULE lines to split a series: end it before an occurrence, and what remains for the new series.</summary>
internal static partial class Recurrence
{
    /// <summary>The rules with UNTIL set to the second before <paramref name="occurrence"/> (in UTC, as RFC 5545 requires with a zoned start) and no COUNT.</summary>
    public static IReadOnlyList<string> EndBefore(IReadOnlyList<string> rules, DateTimeOffset occurrence)
    {
        var until = occurrence.ToUniversalTime().AddSeconds(-1).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return rules.Select(line => line.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase)
            ? "RRULE:" + string.Join(';', Parts(line).Where(p => !p.StartsWith("UNTIL=", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("COUNT=", StringComparison.OrdinalIgnoreCase)).Append("UNTIL=" + until))
            : line).ToList();
    }

    /// <summary>The rules for the series that continues after <paramref name="before"/> occurrences: a COUNT is reduced by them.</summary>
    public static IReadOnlyList<string> Remaining(IReadOnlyList<string> rules, int before) =>
        rules.Select(line => line.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase) && CountOf(line) is { } count
                ? "RRULE:" + string.Join(';', Parts(line).Select(p => p.StartsWith("COUNT=", StringComparison.OrdinalIgnoreCase) ? $"COUNT={Math.Max(1, count - before)}" : p))
                : line).ToList();

    private static IEnumerable<string> Parts(string rule) => rule["RRULE:".Length..].Split(';', StringSplitOptions.RemoveEmptyEntries);

    private static int? CountOf(string rule) => CountPart().Match(rule) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"COUNT=(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex CountPart();
}
