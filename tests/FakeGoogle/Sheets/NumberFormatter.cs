using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// Renders numbers as Sheets displays them: the automatic format (up to 10 significant digits), or a cell's
/// numberFormat {type, pattern} — number patterns ("#,##0.00", "0%", "\"$\"#,##0.00", "0.00E+00") and date/time
/// patterns ("yyyy-mm-dd", "M/d/yyyy", "h:mm:ss am/pm").
/// </summary>
internal static class NumberFormatter
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    public static string Format(double value, JsonObject? numberFormat)
    {
        var pattern = Pattern(numberFormat);
        if (pattern is null || pattern.Equals("General", StringComparison.OrdinalIgnoreCase)
            || Characters(pattern).Any(x => !x.Literal && x.Char == '@'))
            return General(value);
        var sections = Sections(pattern);
        if (IsDatePattern(sections[0])) return DatePattern.Format(value, sections[0]);
        if (value < 0 && sections.Count > 1) return NumberPattern(-value, sections[1], negative: false);
        if (value == 0 && sections.Count > 2) return NumberPattern(0, sections[2], negative: false);
        return NumberPattern(Math.Abs(value), sections[0], negative: value < 0);
    }

    /// <summary>Whether the format shows dates or times (dateTimeRenderOption applies to such cells).</summary>
    public static bool IsDateTime(JsonObject? numberFormat) =>
        (string?)numberFormat?["type"] is "DATE" or "TIME" or "DATE_TIME"
        || (Pattern(numberFormat) is { } pattern && IsDatePattern(Sections(pattern)[0]));

    /// <summary>Sheets' automatic number format: whole numbers in full, others to 10 significant digits, huge and tiny ones in E notation.</summary>
    public static string General(double value)
    {
        if (value == 0) return "0";
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e15 || magnitude < 1e-9) return value.ToString("0.#####E+00", _invariant);
        if (value == Math.Floor(value)) return value.ToString("0", _invariant);
        var decimals = Math.Clamp(9 - (int)Math.Floor(Math.Log10(magnitude)), 0, 15);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), _invariant);
    }

    private static string? Pattern(JsonObject? numberFormat)
    {
        if (numberFormat is null) return null;
        if ((string?)numberFormat["pattern"] is { Length: > 0 } pattern) return pattern;
        return (string?)numberFormat["type"] switch
        {
            "NUMBER" => "#,##0.00",
            "PERCENT" => "0.00%",
            "CURRENCY" => "\"$\"#,##0.00",
            "DATE" => "M/d/yyyy",
            "TIME" => "h:mm:ss am/pm",
            "DATE_TIME" => "M/d/yyyy H:mm:ss",
            "SCIENTIFIC" => "0.00E+00",
            _ => null,
        };
    }

    private static List<string> Sections(string pattern)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        for (var at = 0; at < pattern.Length; at++)
        {
            var c = pattern[at];
            if (c == '"')
            {
                var close = pattern.IndexOf('"', at + 1);
                if (close < 0) close = pattern.Length - 1;
                current.Append(pattern, at, close - at + 1);
                at = close;
            }
            else if (c == '\\' && at + 1 < pattern.Length)
            {
                current.Append(c).Append(pattern[++at]);
            }
            else if (c == ';')
            {
                sections.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        sections.Add(current.ToString());
        return sections;
    }

    private static bool IsDatePattern(string section)
    {
        foreach (var (c, literal) in Characters(section))
            if (!literal && "yYdDhHsSmM".Contains(c)) return true;
        return false;
    }

    /// <summary>The pattern's characters, each marked whether it is literal (quoted or escaped).</summary>
    internal static IEnumerable<(char Char, bool Literal)> Characters(string section)
    {
        for (var at = 0; at < section.Length; at++)
        {
            var c = section[at];
            if (c == '"')
            {
                for (at++; at < section.Length && section[at] != '"'; at++) yield return (section[at], true);
            }
            else if (c == '\\' && at + 1 < section.Length)
            {
                yield return (section[++at], true);
            }
            else if (c == '[' && section.IndexOf(']', at) is var close and > 0)
            {
                // [$€-407] is a currency symbol; [Red], [>100] and the like are left out.
                var inside = section[(at + 1)..close];
                if (inside.StartsWith('$'))
                    foreach (var symbol in inside[1..].Split('-')[0]) yield return (symbol, true);
                at = close;
            }
            else if (c is '_' && at + 1 < section.Length)
            {
                at++;
                yield return (' ', true);
            }
            else if (c is '*' && at + 1 < section.Length)
            {
                at++;
            }
            else
            {
                yield return (c, false);
            }
        }
    }

    // A number pattern: literal text around one run of placeholders (0 # ? , .), an optional E+00, % scaling by 100.
    private static string NumberPattern(double value, string section, bool negative)
    {
        var characters = Characters(section).ToList();
        var first = characters.FindIndex(x => !x.Literal && x.Char is '0' or '#' or '?');
        if (first < 0) return (negative ? "-" : "") + string.Concat(characters.Select(x => x.Char));
        var last = characters.FindLastIndex(x => !x.Literal && x.Char is '0' or '#' or '?');
        var exponentAt = characters.FindIndex(first, x => !x.Literal && x.Char is 'E' or 'e');
        if (exponentAt > last) exponentAt = -1;
        var placeholderEnd = exponentAt >= 0 ? exponentAt : last + 1;
        var exponentEnd = last + 1;
        var spec = string.Concat(characters.Skip(first).Take(placeholderEnd - first).Select(x => x.Char));
        var prefix = string.Concat(characters.Take(first).Select(x => x.Char));
        var suffix = string.Concat(characters.Skip(exponentEnd).Select(x => x.Char));
        if ((prefix + suffix).Contains('%')) value *= 100;

        var point = spec.IndexOf('.');
        var integerSpec = point < 0 ? spec : spec[..point];
        var fractionSpec = point < 0 ? "" : spec[(point + 1)..];
        var grouping = integerSpec.Contains(',');
        var minInteger = integerSpec.Count(c => c == '0');
        var maxFraction = fractionSpec.Count(c => c is '0' or '#' or '?');
        var minFraction = fractionSpec.Count(c => c == '0');

        var exponentText = "";
        if (exponentAt >= 0)
        {
            var exponentSpec = string.Concat(characters.Skip(exponentAt + 1).Take(exponentEnd - exponentAt - 1).Select(x => x.Char));
            var exponent = value == 0 ? 0 : (int)Math.Floor(Math.Log10(value)) - Math.Max(minInteger, 1) + 1;
            value /= Math.Pow(10, exponent);
            if (Math.Round(value, maxFraction, MidpointRounding.AwayFromZero) >= Math.Pow(10, Math.Max(minInteger, 1)))
            {
                value /= 10;
                exponent++;
            }
            var digits = Math.Max(exponentSpec.Count(c => c == '0'), 1);
            var sign = exponent < 0 ? "-" : exponentSpec.StartsWith('+') ? "+" : "";
            exponentText = "E" + sign + Math.Abs(exponent).ToString(new string('0', digits), _invariant);
        }

        var rounded = Math.Round(value, Math.Min(maxFraction, 15), MidpointRounding.AwayFromZero);
        var text = rounded.ToString("F" + maxFraction.ToString(_invariant), _invariant);
        var dot = text.IndexOf('.');
        var integerPart = dot < 0 ? text : text[..dot];
        var fractionPart = dot < 0 ? "" : text[(dot + 1)..];
        while (fractionPart.Length > minFraction && fractionPart.EndsWith('0')) fractionPart = fractionPart[..^1];
        if (integerPart == "0" && minInteger == 0) integerPart = "";
        integerPart = integerPart.PadLeft(minInteger, '0');
        if (grouping) integerPart = Group(integerPart);
        var number = integerPart + (fractionPart.Length > 0 || fractionSpec.Length > 0 && minFraction > 0 ? "." + fractionPart : "");
        if (number.Length == 0) number = "0";
        var isZero = rounded == 0;
        return (negative && !isZero ? "-" : "") + prefix + number + exponentText + suffix;
    }

    private static string Group(string digits)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) grouped.Append(',');
            grouped.Append(digits[i]);
        }
        return grouped.ToString();
    }
}
