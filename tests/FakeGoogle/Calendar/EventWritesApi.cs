using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>
/// events.insert, patch, update, delete, move and quickAdd. Writing to an instance id stores an exception for that
/// occurrence (deleting one stores a cancelled exception); writing to a master changes the whole series.
/// </summary>
internal sealed class EventWritesApi(FakeCalendar fake)
{
    private const string Prefix = "calendar.events.";

    // Fields the server owns: a patch or update cannot change them.
    private static readonly string[] _serverFields = ["kind", "id", "iCalUID", "created", "creator", "organizer", "htmlLink", "recurringEventId", "originalStartTime"];

    public void Map(ApiRoutes routes)
    {
        routes.Map(Prefix + "insert", call => Locked(call, (account, calendar) =>
            ApiResult.Ok(fake.Insert(account, calendar, call.Body!.AsObject(), call.Now).DeepClone())));
        routes.Map(Prefix + "patch", call => Change(call, merge: true));
        routes.Map(Prefix + "update", call => Change(call, merge: false));
        routes.Map(Prefix + "delete", Delete);
        routes.Map(Prefix + "move", Move);
        routes.Map(Prefix + "quickAdd", QuickAdd);
    }

    private ApiResult Locked(ApiCall call, Func<CalendarAccount, StoredCalendar, ApiResult> action)
    {
        lock (fake.Gate)
        {
            var account = fake.Account(call.Account);
            return action(account, FakeCalendar.Calendar(account, call.Path("calendarId")));
        }
    }

    private ApiResult Change(ApiCall call, bool merge) => Locked(call, (_, calendar) =>
    {
        calendar.RequireWriter();
        var id = call.Path("eventId");
        var stored = calendar.Find(id);
        var current = stored ?? Series.FindInstance(calendar, id) ?? throw ApiException.NotFound();
        var body = call.Body!.AsObject();

        var next = merge ? Merge(current.DeepClone().AsObject(), body) : body.DeepClone().AsObject();
        foreach (var field in _serverFields)
        {
            next.Remove(field);
            if (current[field] is { } kept) next[field] = kept.DeepClone();
        }
        if (!merge) next["status"] = (string?)body["status"] ?? "confirmed";
        if (next["recurringEventId"] is not null) next.Remove("recurrence");
        next["etag"] = fake.NextEtag();
        next["updated"] = CalendarTime.Timestamp(call.Now);
        next["sequence"] = ((int?)current["sequence"] ?? 0) + 1;
        EventChecks.Check(next, calendar.Zone);
        FakeCalendar.DefaultResponses(next);

        if (stored is null) calendar.Events.Add(next);
        else calendar.Events[calendar.Events.IndexOf(stored)] = next;
        if (next["recurringEventId"] is null) Series.DropOrphans(calendar, next);
        return ApiResult.Ok(next.DeepClone());
    });

    private ApiResult Delete(ApiCall call) => Locked(call, (_, calendar) =>
    {
        calendar.RequireWriter();
        var id = call.Path("eventId");
        var stored = calendar.Find(id);
        if (stored is not null && stored["recurringEventId"] is null)
        {
            // A series goes with all its exceptions.
            calendar.Events.RemoveAll(e => e == stored || (string?)e["recurringEventId"] == id);
            return ApiResult.NoContent;
        }
        var instance = stored ?? Series.FindInstance(calendar, id) ?? throw ApiException.NotFound();
        if ((string?)instance["status"] == "cancelled") throw new ApiException(410, "Resource has been deleted", "deleted");
        // One occurrence leaves a cancelled exception behind, which hides it from the expanded series (like an EXDATE).
        var cancelled = new JsonObject
        {
            ["kind"] = "calendar#event",
            ["etag"] = fake.NextEtag(),
            ["id"] = id,
            ["status"] = "cancelled",
            ["recurringEventId"] = instance["recurringEventId"]!.DeepClone(),
            ["originalStartTime"] = instance["originalStartTime"]!.DeepClone(),
            ["updated"] = CalendarTime.Timestamp(call.Now),
        };
        if (stored is null) calendar.Events.Add(cancelled);
        else calendar.Events[calendar.Events.IndexOf(stored)] = cancelled;
        return ApiResult.NoContent;
    });

    private ApiResult Move(ApiCall call) => Locked(call, (account, calendar) =>
    {
        calendar.RequireWriter();
        var destination = account.Find(call.Query.Get("destination") ?? "") ?? throw ApiException.NotFound();
        destination.RequireWriter();
        var id = call.Path("eventId");
        if (Series.FindInstance(calendar, id) is { } instance && instance["recurringEventId"] is not null)
            throw ApiException.BadRequest("Cannot change the organizer of an instance.", "cannotChangeOrganizerOfInstance");
        var e = calendar.Find(id) ?? throw ApiException.NotFound();
        if (destination == calendar) return ApiResult.Ok(e.DeepClone());
        if (destination.Find(id) is not null) throw new ApiException(409, "The requested identifier already exists.", "duplicate");

        var moving = calendar.Events.Where(x => x == e || (string?)x["recurringEventId"] == id).ToList();
        calendar.Events.RemoveAll(moving.Contains);
        foreach (var moved in moving)
        {
            moved["organizer"] = FakeCalendar.Organizer(destination, account);
            moved["etag"] = fake.NextEtag();
            moved["updated"] = CalendarTime.Timestamp(call.Now);
            destination.Events.Add(moved);
        }
        return ApiResult.Ok(e.DeepClone());
    });

    // A simplification: Google parses dates and times out of the text; the fake takes all of it as the summary and
    // schedules the event one hour from now for one hour, in the calendar's zone.
    private ApiResult QuickAdd(ApiCall call) => Locked(call, (account, calendar) =>
    {
        var text = call.Query.Get("text") ?? throw ApiException.BadRequest("Missing text parameter.", "required");
        var start = new DateTimeOffset(call.Now.UtcTicks - call.Now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddHours(1);
        var zone = calendar.Zone;
        var resource = new JsonObject
        {
            ["summary"] = text,
            ["start"] = new JsonObject { ["dateTime"] = CalendarTime.Format(start, zone), ["timeZone"] = calendar.TimeZone },
            ["end"] = new JsonObject { ["dateTime"] = CalendarTime.Format(start.AddHours(1), zone), ["timeZone"] = calendar.TimeZone },
        };
        return ApiResult.Ok(fake.Insert(account, calendar, resource, call.Now).DeepClone());
    });

    // Patch semantics: objects merge field by field, anything else (arrays included) replaces; null clears.
    // start, end and originalStartTime replace whole, so switching between date and dateTime leaves no stale half.
    private static JsonObject Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToArray())
        {
            if (value is null) target.Remove(name);
            else if (value is JsonObject inner && target[name] is JsonObject existing && name is not ("start" or "end" or "originalStartTime"))
                Merge(existing, inner);
            else target[name] = value.DeepClone();
        }
        return target;
    }
}
