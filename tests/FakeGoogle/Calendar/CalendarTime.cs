using System.Globalization;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>IANA time zones and the RFC 3339 forms Calendar reads and writes.</summary>
internal static class CalendarTime
{
    private static readonly CultureInfo _inv = CultureInfo.InvariantCulture;

    /// <summary>The zone of an IANA id; anything else is refused with Google's message (which names the field).</summary>
    public static TimeZoneInfo Zone(string id, string field = "start")
    {
        // Google knows IANA ids only; an id with spaces is a Windows name this fake must not accept either.
        if (!id.Contains(' ') && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        throw new ApiException(400, $"Invalid time zone definition for {field} time.", "invalid");
    }

    public static bool IsZone(string id) => !id.Contains(' ') && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>An RFC 3339 date-time; one without an offset is wall time in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ParseDateTime(string text, TimeZoneInfo zone)
    {
        if (HasOffset(text)) return DateTimeOffset.Parse(text, _inv, DateTimeStyles.None);
        return FromLocal(DateTime.Parse(text, _inv, DateTimeStyles.None), zone);
    }

    /// <summary>A bound such as timeMin: must carry an offset, as Google requires.</summary>
    public static DateTimeOffset? ParseBound(string? text, string name)
    {
        if (text is null) return null;
        if (HasOffset(text) && DateTimeOffset.TryParse(text, _inv, DateTimeStyles.None, out var value)) return value;
        throw ApiException.BadRequest($"Bad Request: {name} must be an RFC 3339 timestamp with offset.", "badRequest");
    }

    /// <summary>The instant of a wall time in a zone; a time skipped by a DST jump is taken an hour later, like Google.</summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>"2026-03-09T09:00:00-04:00" in the zone, "…Z" when the offset is zero, as Google renders event times.</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.Offset == TimeSpan.Zero
            ? local.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", _inv)
            : local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", _inv);
    }

    /// <summary>created/updated stamps: UTC with milliseconds.</summary>
    public static string Timestamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", _inv);

    /// <summary>The basic UTC form of instance ids and UNTIL ("20260309T140000Z").</summary>
    public static string Basic(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", _inv);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", _inv);

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
