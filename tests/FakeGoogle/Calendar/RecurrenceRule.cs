using System.Globalization;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>
/// One RRULE (RFC 5545) limited to what the fake expands: FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, COUNT, UNTIL,
/// BYDAY (ordinals for MONTHLY), BYMONTHDAY, WKST. Other parts are refused, so a test never silently gets a wrong series.
/// </summary>
internal sealed record RecurrenceRule(
    string Freq, int Interval, int? Count, DateTimeOffset? UntilUtc, DateTime? UntilLocal,
    IReadOnlyList<(int Ordinal, DayOfWeek Day)> ByDay, IReadOnlyList<int> ByMonthDay, DayOfWeek WeekStart)
{
    private static readonly string[] _dayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static ApiException Invalid() => new(400, "Invalid recurrence rule.", "invalid");

    /// <param name="text">The part after "RRULE:".</param>
    public static RecurrenceRule Parse(string text)
    {
        string? freq = null;
        int interval = 1;
        int? count = null;
        DateTimeOffset? untilUtc = null;
        DateTime? untilLocal = null;
        var byDay = new List<(int, DayOfWeek)>();
        var byMonthDay = new List<int>();
        var weekStart = DayOfWeek.Monday;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0) throw Invalid();
            var (name, value) = (part[..equals].ToUpperInvariant(), part[(equals + 1)..].ToUpperInvariant());
            if (!seen.Add(name)) throw Invalid();
            switch (name)
            {
                case "FREQ" when value is "DAILY" or "WEEKLY" or "MONTHLY" or "YEARLY": freq = value; break;
                case "INTERVAL": interval = Positive(value); break;
                case "COUNT": count = Positive(value); break;
                case "UNTIL": (untilUtc, untilLocal) = Until(value); break;
                case "BYDAY": byDay.AddRange(value.Split(',').Select(Day)); break;
                case "BYMONTHDAY": byMonthDay.AddRange(value.Split(',').Select(MonthDay)); break;
                case "WKST": weekStart = Day(value) is (0, var day) ? day : throw Invalid(); break;
                default: throw Invalid();
            }
        }
        if (freq is null || (count is not null && (untilUtc is not null || untilLocal is not null))) throw Invalid();
        // Ordinals ("2TU") only make sense within a month; YEARLY is expanded on the start's month and day alone.
        if (freq != "MONTHLY" && byDay.Any(d => d.Item1 != 0)) throw Invalid();
        if (freq == "YEARLY" && (byDay.Count > 0 || byMonthDay.Count > 0)) throw Invalid();
        return new RecurrenceRule(freq, interval, count, untilUtc, untilLocal, byDay, byMonthDay, weekStart);
    }

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw Invalid();

    private static int MonthDay(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= -31 and <= 31 and not 0
            ? n : throw Invalid();

    private static (int, DayOfWeek) Day(string value)
    {
        if (value.Length < 2) throw Invalid();
        var index = Array.IndexOf(_dayCodes, value[^2..]);
        if (index < 0) throw Invalid();
        var ordinalText = value[..^2];
        if (ordinalText.Length == 0) return (0, (DayOfWeek)index);
        return int.TryParse(ordinalText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ordinal)
               && ordinal is >= -5 and <= 5 and not 0
            ? (ordinal, (DayOfWeek)index)
            : throw Invalid();
    }

    // UNTIL is UTC ("…Z"), floating wall time, or a date meaning "through that whole day".
    private static (DateTimeOffset?, DateTime?) Until(string value)
    {
        var inv = CultureInfo.InvariantCulture;
        if (value.Length == 8 && DateTime.TryParseExact(value, "yyyyMMdd", inv, DateTimeStyles.None, out var date))
            return (null, date.AddDays(1).AddTicks(-1));
        if (DateTime.TryParseExact(value, "yyyyMMdd'T'HHmmss'Z'", inv, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
            return (new DateTimeOffset(utc, TimeSpan.Zero), null);
        if (DateTime.TryParseExact(value, "yyyyMMdd'T'HHmmss", inv, DateTimeStyles.None, out var local)) return (null, local);
        throw Invalid();
    }
}
