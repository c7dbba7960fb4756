using System.Globalization;
using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>An event's start or end: an instant, or a whole day (Date set, Instant its midnight in the zone used).</summary>
/// <param name="ZoneId">The timeZone field as given (null when absent).</param>
internal sealed record EventTime(DateTimeOffset Instant, DateOnly? Date, string? ZoneId)
{
    public bool AllDay => Date is not null;

    /// <summary>Reads {date} or {dateTime, timeZone}; a missing zone means the calendar's.</summary>
    public static EventTime Parse(JsonNode? node, string field, TimeZoneInfo calendarZone)
    {
        if (node is not JsonObject time) throw ApiException.BadRequest($"Missing {field} time.", "required");
        var zoneId = (string?)time["timeZone"];
        var zone = zoneId is null ? calendarZone : CalendarTime.Zone(zoneId, field);
        if ((string?)time["date"] is { } dateText)
        {
            var date = DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new EventTime(CalendarTime.FromLocal(date.ToDateTime(TimeOnly.MinValue), zone), date, zoneId);
        }
        if ((string?)time["dateTime"] is { } dateTime) return new EventTime(CalendarTime.ParseDateTime(dateTime, zone), null, zoneId);
        throw ApiException.BadRequest($"Missing {field} time.", "required");
    }
}
