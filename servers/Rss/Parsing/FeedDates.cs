using System.Globalization;
using System.Text.RegularExpressions;

namespace McpServers.Rss.Parsing;

/// <summary>
/// Feed dates as they are written in the wild, to UTC: RFC 822/1123 with any zone name or offset, with or without the
/// weekday or seconds, two-digit years, English and common European month names; ISO 8601 with or without time,
/// fraction or offset. Null when nothing sensible can be read (the entry keeps its first-seen time instead).
/// </summary>
internal static partial class FeedDates
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        if (IsoPattern().IsMatch(text))
            return DateTimeOffset.TryParse(text.Replace(' ', 'T'), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso) ? iso.ToUniversalTime() : null;
        var match = Rfc822Pattern().Match(text);
        if (!match.Success || MonthOf(match.Groups["month"].Value) is not { } month)
            return null;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
            year += year < 50 ? 2000 : 1900;
        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = OffsetOf(match.Groups["zone"].Value);
        try
        {
            return new DateTimeOffset(year, month, day, hour == 24 ? 0 : hour, minute, Math.Min(second, 59), offset).AddDays(hour == 24 ? 1 : 0).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();

    // [weekday[,.]] day month year [hh:mm[:ss]] [zone]; words in any script for weekday/month.
    [GeneratedRegex(@"^(?:[\p{L}]+\.?,?\s*)?(?<day>\d{1,2})(?:\.|\s)*\s*(?<month>[\p{L}]+)\.?,?\s+(?<year>\d{4}|\d{2})(?:,?\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?)?\s*(?<zone>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?")]
    private static partial Regex Rfc822Pattern();

    private static int? MonthOf(string name)
    {
        var key = RemoveAccents(name.ToLowerInvariant().TrimEnd('.'));
        foreach (var (month, names) in MonthNames)
        {
            if (names.Contains(key) || (key.Length >= 3 && names.Any(n => n.Length > 3 && n.StartsWith(key, StringComparison.Ordinal))))
                return month;
        }
        return null;
    }

    private static string RemoveAccents(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));

    // English, German, French, Spanish, Italian, Portuguese, Dutch (full names and the usual abbreviations, accents removed).
    private static readonly (int Month, string[] Names)[] MonthNames =
    [
        (1, ["jan", "january", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"]),
        (2, ["feb", "february", "februar", "fevrier", "fevr", "fev", "febrero", "febbraio", "fevereiro", "februari"]),
        (3, ["mar", "march", "marz", "maerz", "mars", "marzo", "marco", "maart", "mrt"]),
        (4, ["apr", "april", "avril", "avr", "abril", "abr", "aprile"]),
        (5, ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"]),
        (6, ["jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho"]),
        (7, ["jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"]),
        (8, ["aug", "august", "aout", "agosto", "ago", "augustus"]),
        (9, ["sep", "sept", "september", "septembre", "septiembre", "settembre", "set", "setembro"]),
        (10, ["oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"]),
        (11, ["nov", "november", "novembre", "noviembre", "novembro"]),
        (12, ["dec", "december", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro"]),
    ];

    private static TimeSpan OffsetOf(string zone)
    {
        if (zone.Length == 0)
            return TimeSpan.Zero;
        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            var offset = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), int.Parse(digits[2..], CultureInfo.InvariantCulture), 0);
            return zone[0] == '-' ? -offset : offset;
        }
        return Zones.TryGetValue(zone.ToUpperInvariant(), out var hours) ? TimeSpan.FromHours(hours) : TimeSpan.Zero;
    }

    // RFC 822 names plus the ones feeds actually use. Unknown names are read as UTC.
    private static readonly Dictionary<string, double> Zones = new()
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0, ["WEST"] = 1, ["BST"] = 1, ["IST"] = 5.5,
        ["CET"] = 1, ["CEST"] = 2, ["MEZ"] = 1, ["MESZ"] = 2, ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10, ["AST"] = -4, ["ADT"] = -3, ["NST"] = -3.5, ["NDT"] = -2.5,
        ["JST"] = 9, ["KST"] = 9, ["HKT"] = 8, ["SGT"] = 8, ["AWST"] = 8, ["ACST"] = 9.5, ["AEST"] = 10, ["AEDT"] = 11,
        ["NZST"] = 12, ["NZDT"] = 13, ["BRT"] = -3, ["ART"] = -3,
    };
}
