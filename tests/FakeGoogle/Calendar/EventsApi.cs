using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>
/// events.list, events.get and events.instances. With singleEvents=true recurring events are expanded into their
/// instances; otherwise masters, single events and exceptions are listed as stored.
/// </summary>
internal sealed class EventsApi(FakeCalendar fake)
{
    private const string Prefix = "calendar.events.";

    public void Map(ApiRoutes routes)
    {
        routes.Map(Prefix + "list", List);
        routes.Map(Prefix + "get", Get);
        routes.Map(Prefix + "instances", Instances);
    }

    private ApiResult List(ApiCall call)
    {
        var query = call.Query;
        var (min, max) = Window(query);
        var single = query.GetBool("singleEvents");
        var orderBy = query.Get("orderBy");
        if (orderBy == "startTime" && !single)
            throw ApiException.BadRequest("The requested ordering is not available for the particular query.", "badRequest");
        var showDeleted = query.GetBool("showDeleted");
        lock (fake.Gate)
        {
            var calendar = FakeCalendar.Calendar(fake.Account(call.Account), call.Path("calendarId"));
            var items = new List<JsonObject>();
            foreach (var e in calendar.Events)
            {
                if (Series.IsRecurring(e))
                {
                    var instances = Series.Instances(calendar, e, max)
                        .Where(i => (showDeleted || !Cancelled(i)) && Overlaps(calendar, i, min, max)).ToList();
                    // Unexpanded, a series is listed once (as its master) when any instance falls in the window.
                    if (single) items.AddRange(instances);
                    else if (instances.Count > 0) items.Add(e);
                }
                else if (e["recurringEventId"] is not null)
                {
                    // Exceptions appear through their series when expanded; unexpanded, Google lists them, cancelled ones too.
                    if (!single && Overlaps(calendar, e, min, max)) items.Add(e);
                }
                else if ((showDeleted || !Cancelled(e)) && Overlaps(calendar, e, min, max)) items.Add(e);
            }

            IEnumerable<JsonObject> selected = items;
            if (query.Get("q") is { Length: > 0 } text) selected = selected.Where(e => Matches(e, text));
            if (query.Get("iCalUID") is { } uid) selected = selected.Where(e => (string?)e["iCalUID"] == uid);
            if (orderBy == "startTime" || (single && orderBy is null))
                selected = selected.OrderBy(e => Series.Span(calendar, e).Start).ThenBy(e => (string?)e["id"], StringComparer.Ordinal);
            else if (orderBy == "updated") selected = selected.OrderBy(e => (string?)e["updated"], StringComparer.Ordinal);

            var (page, next) = PageToken.Page(selected.ToList(), query.Get("pageToken"), query.GetInt("maxResults") ?? 250);
            return ApiResult.Ok(Answer(calendar, query.Get("timeZone"), page, next, call.Now));
        }
    }

    private ApiResult Get(ApiCall call)
    {
        lock (fake.Gate)
        {
            var calendar = FakeCalendar.Calendar(fake.Account(call.Account), call.Path("calendarId"));
            var e = Series.FindInstance(calendar, call.Path("eventId")) ?? throw ApiException.NotFound();
            return ApiResult.Ok(e.DeepClone());
        }
    }

    private ApiResult Instances(ApiCall call)
    {
        var query = call.Query;
        var (min, max) = Window(query);
        lock (fake.Gate)
        {
            var calendar = FakeCalendar.Calendar(fake.Account(call.Account), call.Path("calendarId"));
            var master = calendar.Find(call.Path("eventId"));
            if (master is null || master["recurringEventId"] is not null) throw ApiException.NotFound();
            // A single event is its own only instance.
            var instances = Series.IsRecurring(master) ? Series.Instances(calendar, master, max) : [master];
            var originalStart = CalendarTime.ParseBound(query.Get("originalStart"), "originalStart");
            var selected = instances
                .Where(i => (query.GetBool("showDeleted") || !Cancelled(i)) && Overlaps(calendar, i, min, max))
                .Where(i => originalStart is null || Series.Span(calendar, i).Start == originalStart
                    || (i["originalStartTime"] is { } original && EventTime.Parse(original, "start", calendar.Zone).Instant == originalStart))
                .ToList();
            var (page, next) = PageToken.Page(selected, query.Get("pageToken"), query.GetInt("maxResults") ?? 250);
            return ApiResult.Ok(Answer(calendar, query.Get("timeZone"), page, next, call.Now));
        }
    }

    private static (DateTimeOffset? Min, DateTimeOffset? Max) Window(Discovery.QueryValues query)
    {
        var min = CalendarTime.ParseBound(query.Get("timeMin"), "timeMin");
        var max = CalendarTime.ParseBound(query.Get("timeMax"), "timeMax");
        if (min is not null && max is not null && max <= min) throw ApiException.BadRequest("The specified time range is empty.", "timeRangeEmpty");
        return (min, max);
    }

    /// <summary>timeMin bounds an event's end, timeMax its start (both exclusive), as Google documents.</summary>
    private static bool Overlaps(StoredCalendar calendar, JsonObject e, DateTimeOffset? min, DateTimeOffset? max)
    {
        var (start, end) = Series.Span(calendar, e);
        return (min is null || end > min || (end == start && start >= min)) && (max is null || start < max);
    }

    private static bool Cancelled(JsonObject e) => (string?)e["status"] == "cancelled";

    // Free text: every word must occur in the summary, description or location (case-insensitively).
    private static bool Matches(JsonObject e, string text)
    {
        var haystack = string.Join('\n', (string?)e["summary"], (string?)e["description"], (string?)e["location"]);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => haystack.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static JsonObject Answer(StoredCalendar calendar, string? timeZone, IReadOnlyList<JsonObject> page, string? next, DateTimeOffset now)
    {
        if (timeZone is not null) CalendarTime.Zone(timeZone);
        var answer = new JsonObject
        {
            ["kind"] = "calendar#events",
            ["etag"] = $"\"{now.ToUnixTimeMilliseconds()}000\"",
            ["summary"] = calendar.Summary,
            ["updated"] = CalendarTime.Timestamp(now),
            // Event times are rendered as stored; only the answer's own timeZone follows the parameter.
            ["timeZone"] = timeZone ?? calendar.TimeZone,
            ["accessRole"] = calendar.AccessRole,
            ["defaultReminders"] = new JsonArray(),
            ["items"] = new JsonArray(page.Select(e => e.DeepClone()).ToArray()),
        };
        if (next is not null) answer["nextPageToken"] = next;
        return answer;
    }
}
