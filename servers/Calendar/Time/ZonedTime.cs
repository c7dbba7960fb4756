using System.Globalization;
using System.Text.RegularExpressions;
using McpServers.Calendar.Api;
using McpServers.Hosting;

namespace McpServers.Calendar.Time;

/// <summary>
/// Times as people and agents write them, made exact. With an offset (<c>2026-03-10T09:00:00-04:00</c>, <c>...Z</c>) a time
/// is that instant; without one (<c>2026-03-10T09:00</c>) it is wall-clock time in the calendar's zone; a bare date is an
/// all-day date, never midnight UTC. A wall-clock time that does not exist (a DST gap) or happens twice (an overlap) is
/// refused with the two instants it could mean, instead of being shifted silently.
/// </summary>
internal static partial class ZonedTime
{
    public static TimeZoneInfo Zone(string id, string field)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ToolInputException($"{field}: '{id}' is not a time zone; give an IANA name such as Europe/Berlin or America/New_York.");
        }
    }

    /// <summary>The time as the Calendar API takes it (dateTime with offset and the zone named, or date).</summary>
    public static EventTime Parse(string text, TimeZoneInfo zone, string field)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return new EventTime { Date = text };
        return new EventTime { DateTime = Format(Instant(text, zone, field)), TimeZone = zone.Id };
    }

    /// <summary>The instant <paramref name="text"/> means, reading a time without offset in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Instant(string text, TimeZoneInfo zone, string field)
    {
        text = text.Trim();
        if (HasOffset().IsMatch(text))
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
                return exact;
            throw Unreadable(text, field);
        }
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            throw Unreadable(text, field);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = new DateTimeOffset(local, zone.GetUtcOffset(local.AddHours(-6)));
            var after = new DateTimeOffset(local, zone.GetUtcOffset(local.AddHours(6)));
            throw new ToolInputException($"{field}: {text} does not exist in {zone.Id} (the clocks skip it for daylight saving time); "
                + $"give the offset: {Format(before)} (= {Format(TimeZoneInfo.ConvertTime(before, zone))}) or {Format(after)} (= {Format(TimeZoneInfo.ConvertTime(after, zone))}).");
        }
        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local).OrderByDescending(o => o).Select(o => Format(new DateTimeOffset(local, o)));
            throw new ToolInputException($"{field}: {text} happens twice in {zone.Id} (the clocks go back); give the offset: {string.Join(" or ", offsets)}.");
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static string Format(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>An API time (dateTime or date) as an instant, dates at the start of their day in <paramref name="zone"/>.</summary>
    public static DateTimeOffset? ToInstant(EventTime? time, TimeZoneInfo zone) =>
        time?.DateTime is { } dateTime ? DateTimeOffset.Parse(dateTime, CultureInfo.InvariantCulture)
        : time?.Date is { } date ? new DateTimeOffset(DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), zone.GetUtcOffset(DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
        : null;

    private static ToolInputException Unreadable(string text, string field) =>
        new($"{field}: '{text}' is not a date or time; use ISO 8601: 2026-03-10T09:00 (in the calendar's zone), 2026-03-10T09:00:00-04:00, or 2026-03-10 (all day).");

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
