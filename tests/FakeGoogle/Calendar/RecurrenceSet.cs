using System.Globalization;
using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>
/// An event's recurrence lines (one RRULE, any EXDATE and RDATE lines) expanded in the event's own zone, so a
/// 09:00 America/New_York series stays at 09:00 local on both sides of a DST change.
/// </summary>
internal sealed class RecurrenceSet
{
    // A series without COUNT, UNTIL or a window still has to end somewhere; Google also caps expansion.
    private const int MaxOccurrences = 2000;

    private readonly RecurrenceRule _rule;
    private readonly List<(DateTimeOffset? Instant, DateOnly? Date)> _exDates = [];
    private readonly List<(DateTimeOffset? Instant, DateOnly? Date)> _rDates = [];
    private readonly TimeZoneInfo _zone;

    private RecurrenceSet(RecurrenceRule rule, TimeZoneInfo zone)
    {
        _rule = rule;
        _zone = zone;
    }

    /// <summary>Reads the lines; anything the fake cannot expand is "Invalid recurrence rule." (400).</summary>
    public static RecurrenceSet Parse(JsonArray lines, TimeZoneInfo zone)
    {
        RecurrenceRule? rule = null;
        var exDates = new List<(DateTimeOffset?, DateOnly?)>();
        var rDates = new List<(DateTimeOffset?, DateOnly?)>();
        foreach (var node in lines)
        {
            var line = (node as JsonValue)?.TryGetValue<string>(out var text) == true ? text.Trim() : throw RecurrenceRule.Invalid();
            var upper = line.ToUpperInvariant();
            if (upper.StartsWith("RRULE:", StringComparison.Ordinal))
                rule = rule is null ? RecurrenceRule.Parse(line[6..]) : throw RecurrenceRule.Invalid();
            else if (upper.StartsWith("EXDATE", StringComparison.Ordinal)) exDates.AddRange(Dates(line, zone));
            else if (upper.StartsWith("RDATE", StringComparison.Ordinal)) rDates.AddRange(Dates(line, zone));
            else throw RecurrenceRule.Invalid();
        }
        var set = new RecurrenceSet(rule ?? throw RecurrenceRule.Invalid(), zone);
        set._exDates.AddRange(exDates);
        set._rDates.AddRange(rDates);
        return set;
    }

    /// <summary>The occurrences from the event's start, in order, up to <paramref name="horizon"/> (inclusive) when given.</summary>
    public List<Occurrence> Expand(EventTime start, DateTimeOffset? horizon)
    {
        var first = start.Date is { } d ? d.ToDateTime(TimeOnly.MinValue) : CalendarTime.ToLocal(start.Instant, _zone);
        var result = new List<Occurrence>();
        var counted = 0;
        foreach (var local in Candidates(first))
        {
            if (_rule.UntilLocal is { } untilLocal && local > untilLocal) break;
            var occurrence = Make(local, start.AllDay);
            if (_rule.UntilUtc is { } untilUtc && occurrence.Start > untilUtc) break;
            if (horizon is { } end && occurrence.Start > end) break;
            // COUNT counts excluded dates too (RFC 5545: EXDATE removes from the set the rule made).
            if (_rule.Count is { } count && counted++ >= count) break;
            if (!Excluded(occurrence)) result.Add(occurrence);
            if (result.Count >= MaxOccurrences) break;
        }
        foreach (var (instant, date) in _rDates)
        {
            var extra = date is { } day && start.AllDay ? Make(day.ToDateTime(TimeOnly.MinValue), true)
                : date is { } timedDay ? Make(timedDay.ToDateTime(TimeOnly.FromDateTime(first)), false)
                : new Occurrence(instant!.Value, null);
            if ((horizon is null || extra.Start <= horizon) && !Excluded(extra) && result.All(o => o.Start != extra.Start)) result.Add(extra);
        }
        return result.OrderBy(o => o.Start).ToList();
    }

    private Occurrence Make(DateTime local, bool allDay) => allDay
        ? new Occurrence(CalendarTime.FromLocal(local.Date, _zone), DateOnly.FromDateTime(local))
        : new Occurrence(CalendarTime.FromLocal(local, _zone), null);

    private bool Excluded(Occurrence occurrence)
    {
        var localDate = occurrence.Date ?? DateOnly.FromDateTime(CalendarTime.ToLocal(occurrence.Start, _zone));
        return _exDates.Any(x => x.Instant == occurrence.Start || x.Date == localDate);
    }

    // Wall times the rule produces from the first one on, in order (without COUNT/UNTIL, which Expand applies).
    private IEnumerable<DateTime> Candidates(DateTime first)
    {
        var time = first.TimeOfDay;
        var step = _rule.Interval;
        for (var period = 0; period < 100_000; period++)
        {
            IEnumerable<DateTime> days = _rule.Freq switch
            {
                "DAILY" => [first.Date.AddDays((double)period * step)],
                "WEEKLY" => WeekDays(first, period * step),
                "MONTHLY" => MonthDays(new DateTime(first.Year, first.Month, 1).AddMonths(period * step), first),
                _ => YearDay(first, period * step),
            };
            foreach (var day in days)
            {
                var candidate = day.Date + time;
                if (candidate < first || !Filtered(candidate)) continue;
                yield return candidate;
            }
        }
    }

    // BYDAY and BYMONTHDAY narrow a DAILY rule; WEEKLY and MONTHLY use them to generate instead.
    private bool Filtered(DateTime day) => _rule.Freq != "DAILY"
        || ((_rule.ByDay.Count == 0 || _rule.ByDay.Any(d => d.Day == day.DayOfWeek))
            && (_rule.ByMonthDay.Count == 0 || _rule.ByMonthDay.Any(m => MonthDay(day, m) == day.Day)));

    private IEnumerable<DateTime> WeekDays(DateTime first, int weeks)
    {
        var weekStart = first.Date.AddDays(-(((int)first.DayOfWeek - (int)_rule.WeekStart + 7) % 7)).AddDays(7.0 * weeks);
        var days = _rule.ByDay.Count == 0 ? [first.DayOfWeek] : _rule.ByDay.Select(d => d.Day).Distinct();
        return days.Select(d => weekStart.AddDays(((int)d - (int)_rule.WeekStart + 7) % 7)).Order();
    }

    private IEnumerable<DateTime> MonthDays(DateTime month, DateTime first)
    {
        var length = DateTime.DaysInMonth(month.Year, month.Month);
        var days = new List<DateTime>();
        if (_rule.ByDay.Count > 0)
        {
            foreach (var (ordinal, weekday) in _rule.ByDay)
            {
                var matching = Enumerable.Range(0, length).Select(i => month.AddDays(i)).Where(d => d.DayOfWeek == weekday).ToList();
                if (ordinal == 0) days.AddRange(matching);
                else if (Math.Abs(ordinal) <= matching.Count) days.Add(ordinal > 0 ? matching[ordinal - 1] : matching[^-ordinal]);
            }
        }
        else
        {
            // A day the month lacks (the 31st in April) is skipped, as RFC 5545 and Google do.
            foreach (var monthDay in _rule.ByMonthDay.Count == 0 ? [first.Day] : _rule.ByMonthDay)
                if (MonthDay(month, monthDay) is var day and >= 1 && day <= length) days.Add(month.AddDays(day - 1));
        }
        return days.Distinct().Order();
    }

    private static IEnumerable<DateTime> YearDay(DateTime first, int years)
    {
        var year = first.Year + years;
        if (first.Month == 2 && first.Day == 29 && !DateTime.IsLeapYear(year)) return [];
        return [new DateTime(year, first.Month, first.Day)];
    }

    private static int MonthDay(DateTime inMonth, int byMonthDay) =>
        byMonthDay > 0 ? byMonthDay : DateTime.DaysInMonth(inMonth.Year, inMonth.Month) + byMonthDay + 1;

    // "EXDATE;TZID=America/New_York:20260310T090000,…", "EXDATE:20260310T140000Z", "EXDATE;VALUE=DATE:20260310".
    private static IEnumerable<(DateTimeOffset?, DateOnly?)> Dates(string line, TimeZoneInfo zone)
    {
        var colon = line.IndexOf(':');
        if (colon < 0) throw RecurrenceRule.Invalid();
        var valueZone = zone;
        foreach (var parameter in line[..colon].Split(';').Skip(1))
        {
            if (parameter.StartsWith("TZID=", StringComparison.OrdinalIgnoreCase))
                valueZone = CalendarTime.IsZone(parameter[5..]) ? CalendarTime.Zone(parameter[5..]) : throw RecurrenceRule.Invalid();
            else if (!parameter.StartsWith("VALUE=", StringComparison.OrdinalIgnoreCase)) throw RecurrenceRule.Invalid();
        }
        var inv = CultureInfo.InvariantCulture;
        var result = new List<(DateTimeOffset?, DateOnly?)>();
        foreach (var value in line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (value.Length == 8 && DateOnly.TryParseExact(value, "yyyyMMdd", inv, DateTimeStyles.None, out var date))
                result.Add((null, date));
            else if (DateTime.TryParseExact(value, "yyyyMMdd'T'HHmmss'Z'", inv, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc))
                result.Add((new DateTimeOffset(utc, TimeSpan.Zero), null));
            else if (DateTime.TryParseExact(value, "yyyyMMdd'T'HHmmss", inv, DateTimeStyles.None, out var local))
                result.Add((CalendarTime.FromLocal(local, valueZone), null));
            else throw RecurrenceRule.Invalid();
        }
        return result;
    }
}
