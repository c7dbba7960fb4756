using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>What Google refuses in an event it is asked to store, with its messages.</summary>
internal static class EventChecks
{
    public static void Check(JsonObject resource, TimeZoneInfo calendarZone)
    {
        if ((string?)resource["status"] == "cancelled" && resource["recurringEventId"] is not null) return;
        var start = EventTime.Parse(resource["start"], "start", calendarZone);
        var end = EventTime.Parse(resource["end"], "end", calendarZone);
        if (start.AllDay != end.AllDay)
            throw ApiException.BadRequest("Start and end times must either both be date or both be dateTime.", "invalid");
        if (end.Instant < start.Instant || (start.AllDay && end.Instant == start.Instant))
            throw ApiException.BadRequest("The specified time range is empty.", "timeRangeEmpty");
        if (resource["recurrence"] is not JsonArray { Count: > 0 } lines) return;
        if (resource["recurringEventId"] is not null) throw RecurrenceRule.Invalid();
        // Google cannot expand a timed series without knowing whose wall clock it follows.
        if (!start.AllDay && start.ZoneId is null)
            throw ApiException.BadRequest("Missing time zone definition for start time.", "required");
        RecurrenceSet.Parse(lines, start.AllDay ? calendarZone : CalendarTime.Zone(start.ZoneId!));
    }
}
