using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>
/// freebusy.query: busy periods of opaque, not cancelled events (recurring ones expanded) within the window, clipped
/// and merged. Calendar ids are looked up among the caller's calendars, then among every account of the fake (so a
/// test can ask for a colleague's primary calendar); an unknown one answers notFound in its own entry.
/// </summary>
internal sealed class FreeBusyApi(FakeCalendar fake)
{
    // Google's cap on calendarExpansionMax and on the items of one query.
    private const int MaxCalendars = 50;

    public void Map(ApiRoutes routes) => routes.Map("calendar.freebusy.query", Query);

    private ApiResult Query(ApiCall call)
    {
        var body = call.Body!.AsObject();
        var min = CalendarTime.ParseBound((string?)body["timeMin"], "timeMin") ?? throw ApiException.BadRequest("Missing timeMin parameter.", "required");
        var max = CalendarTime.ParseBound((string?)body["timeMax"], "timeMax") ?? throw ApiException.BadRequest("Missing timeMax parameter.", "required");
        if (max <= min) throw ApiException.BadRequest("The specified time range is empty.", "timeRangeEmpty");
        var zone = CalendarTime.Zone((string?)body["timeZone"] ?? "UTC");
        var ids = (body["items"] as JsonArray ?? []).Select(i => (string?)i?["id"] ?? "").ToList();
        if (ids.Count > MaxCalendars) throw ApiException.BadRequest("Too many calendars requested", "tooManyCalendarsRequested");

        var calendars = new JsonObject();
        lock (fake.Gate)
        {
            var account = fake.Account(call.Account);
            foreach (var id in ids)
            {
                if (calendars.ContainsKey(id)) continue;
                calendars[id] = Find(account, id) is { } calendar
                    ? new JsonObject { ["busy"] = new JsonArray(Busy(calendar, min, max).Select(b => (JsonNode)new JsonObject
                    {
                        ["start"] = CalendarTime.Format(b.Start, zone),
                        ["end"] = CalendarTime.Format(b.End, zone),
                    }).ToArray()) }
                    : new JsonObject
                    {
                        ["errors"] = new JsonArray(new JsonObject { ["domain"] = "global", ["reason"] = "notFound" }),
                        ["busy"] = new JsonArray(),
                    };
            }
        }
        return ApiResult.Ok(new JsonObject
        {
            ["kind"] = "calendar#freeBusy",
            ["timeMin"] = CalendarTime.Timestamp(min),
            ["timeMax"] = CalendarTime.Timestamp(max),
            ["calendars"] = calendars,
        });
    }

    private StoredCalendar? Find(CalendarAccount account, string id)
    {
        if (account.Find(id) is { } own) return own;
        // Another account's primary calendar is known by that account's email.
        if (fake.HasAccount(id)) return fake.Account(id).Primary;
        return null;
    }

    private static List<(DateTimeOffset Start, DateTimeOffset End)> Busy(StoredCalendar calendar, DateTimeOffset min, DateTimeOffset max)
    {
        var periods = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var e in calendar.Events.Where(e => e["recurringEventId"] is null))
        {
            foreach (var occurrence in Series.IsRecurring(e) ? Series.Instances(calendar, e, max) : [e])
            {
                if ((string?)occurrence["status"] == "cancelled" || (string?)occurrence["transparency"] == "transparent") continue;
                var (start, end) = Series.Span(calendar, occurrence);
                if (end <= min || start >= max) continue;
                periods.Add((start < min ? min : start, end > max ? max : end));
            }
        }
        var merged = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var period in periods.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && period.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, period.End > merged[^1].End ? period.End : merged[^1].End);
            else merged.Add(period);
        }
        return merged;
    }
}
