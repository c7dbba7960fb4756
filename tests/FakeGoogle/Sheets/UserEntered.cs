using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// Text typed into a cell in the en_US locale (valueInputOption USER_ENTERED): "=…" is a formula, a leading ' makes
/// text, TRUE/FALSE are booleans, and numbers, percentages, dollar amounts and dates become numbers with the number
/// format they were typed in ("50%" → 0.5 shown "50%", "2026-01-15" → 46037 shown "2026-01-15", "9:30" → 0.395833…
/// shown "9:30:00 AM").
/// </summary>
internal static partial class UserEntered
{
    /// <summary>What to store; NumberFormat is null when the entry keeps the cell's format.</summary>
    internal sealed record Entry(CellValue Value, string? Formula, JsonObject? NumberFormat);

    public static Entry Parse(string text)
    {
        if (text.Length == 0) return new Entry(CellValue.Empty, null, null);
        if (text[0] == '\'') return new Entry(CellValue.Of(text[1..]), null, null);
        if (text[0] == '=' && text.Length > 1) return new Entry(CellValue.Empty, Formulas.FormulaText.Normalize(text), null);
        var trimmed = text.Trim();
        if (trimmed.Equals("TRUE", StringComparison.OrdinalIgnoreCase)) return new Entry(CellValue.Of(true), null, null);
        if (trimmed.Equals("FALSE", StringComparison.OrdinalIgnoreCase)) return new Entry(CellValue.Of(false), null, null);
        return Number(trimmed) ?? Date(trimmed) ?? Time(trimmed) ?? new Entry(CellValue.Of(text), null, null);
    }

    private static Entry? Number(string text)
    {
        var match = NumberRegex().Match(text);
        if (!match.Success || (match.Groups["int"].Length == 0 && match.Groups["frac"].Length == 0)) return null;
        var digits = match.Groups["int"].Value.Replace(",", "", StringComparison.Ordinal) + "." + match.Groups["frac"].Value;
        var value = double.Parse(digits.TrimEnd('.') is { Length: > 0 } d && d != "." ? d : "0", CultureInfo.InvariantCulture);
        if (match.Groups["exp"].Success) value *= Math.Pow(10, int.Parse(match.Groups["exp"].Value, CultureInfo.InvariantCulture));
        if (match.Groups["sign"].Value == "-") value = -value;
        var decimals = match.Groups["frac"].Length;
        var grouped = match.Groups["int"].Value.Contains(',');

        if (match.Groups["percent"].Success)
            return new Entry(CellValue.Of(value / 100), null, Format("PERCENT", decimals > 0 ? "0.00%" : "0%"));
        if (match.Groups["dollar"].Success)
            return new Entry(CellValue.Of(value), null, Format("CURRENCY", "\"$\"#,##0.00"));
        if (match.Groups["exp"].Success)
            return new Entry(CellValue.Of(value), null, Format("SCIENTIFIC", "0.00E+00"));
        if (grouped)
            return new Entry(CellValue.Of(value), null, Format("NUMBER", decimals > 0 ? "#,##0." + new string('0', decimals) : "#,##0"));
        return new Entry(CellValue.Of(value), null, null);
    }

    private static Entry? Date(string text)
    {
        var iso = IsoDateRegex().Match(text);
        var us = iso.Success ? Match.Empty : UsDateRegex().Match(text);
        if (!iso.Success && !us.Success) return null;
        var match = iso.Success ? iso : us;
        int year = Int(match, "y"), month = Int(match, "m"), day = Int(match, "d");
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || year is < 1 or > 9999) return null;
        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        var hasTime = match.Groups["h"].Success;
        if (hasTime)
        {
            int hour = Int(match, "h"), minute = Int(match, "min"), second = match.Groups["s"].Success ? Int(match, "s") : 0;
            if (hour > 23 || minute > 59 || second > 59) return null;
            date = date.Add(new TimeSpan(hour, minute, second));
        }
        var datePattern = iso.Success ? "yyyy-mm-dd" : "M/d/yyyy";
        return new Entry(CellValue.Of(SerialDate.From(date)), null,
            hasTime ? Format("DATE_TIME", datePattern + " H:mm:ss") : Format("DATE", datePattern));
    }

    // "9:30", "21:15:05", "9:30 pm": a time of day, shown as "9:30:00 AM".
    private static Entry? Time(string text)
    {
        var match = TimeRegex().Match(text);
        if (!match.Success) return null;
        int hour = Int(match, "h"), minute = Int(match, "min"), second = match.Groups["s"].Success ? Int(match, "s") : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (char.ToUpperInvariant(match.Groups["ampm"].Value[0]) == 'P' ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) return null;
        return new Entry(CellValue.Of((hour * 3600 + minute * 60 + second) / 86_400.0), null, Format("TIME", "h:mm:ss am/pm"));
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static JsonObject Format(string type, string pattern) => new() { ["type"] = type, ["pattern"] = pattern };

    [GeneratedRegex(@"^(?<sign>[+-])?(?<dollar>\$)?(?<int>\d{1,3}(?:,\d{3})+|\d*)(?:\.(?<frac>\d*))?(?:[eE](?<exp>[+-]?\d+))?(?<percent>%)?$")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[ T](?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?)?$")]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<ampm>[AaPp][Mm]))?$")]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"^(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})(?: (?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?)?$")]
    private static partial Regex UsDateRegex();
}
