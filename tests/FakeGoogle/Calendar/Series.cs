using System.Globalization;
using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>
/// What clients see of a recurring event: its occurrences as instance resources, with the stored exceptions
/// (edited or cancelled instances) standing in for the generated ones. Callers hold FakeCalendar.Gate.
/// </summary>
internal static class Series
{
    public static bool IsRecurring(JsonObject e) => e["recurrence"] is JsonArray { Count: > 0 } && e["recurringEventId"] is null;

    /// <summary>The occurrences of a master up to <paramref name="horizon"/>, exceptions in place, cancelled ones included.</summary>
    public static List<JsonObject> Instances(StoredCalendar calendar, JsonObject master, DateTimeOffset? horizon)
    {
        var masterId = (string)master["id"]!;
        var exceptions = calendar.ExceptionsOf(masterId).ToDictionary(e => (string)e["id"]!);
        return Occurrences(calendar, master, horizon)
            .Select(o => exceptions.TryGetValue(o.InstanceId(masterId), out var stored) ? stored : Build(calendar, master, o))
            .ToList();
    }

    /// <summary>The instance an id such as "abc_20260309T140000Z" names: a stored exception or a generated occurrence.</summary>
    public static JsonObject? FindInstance(StoredCalendar calendar, string instanceId)
    {
        if (calendar.Find(instanceId) is { } stored) return stored;
        var underscore = instanceId.LastIndexOf('_');
        if (underscore <= 0 || calendar.Find(instanceId[..underscore]) is not { } master || !IsRecurring(master)) return null;
        var stamp = instanceId[(underscore + 1)..];
        var inv = CultureInfo.InvariantCulture;
        DateTimeOffset horizon;
        if (DateTime.TryParseExact(stamp, "yyyyMMdd'T'HHmmss'Z'", inv, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc))
            horizon = new DateTimeOffset(utc, TimeSpan.Zero);
        else if (DateTime.TryParseExact(stamp, "yyyyMMdd", inv, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
            horizon = new DateTimeOffset(day, TimeSpan.Zero).AddDays(2);
        else return null;
        var masterId = (string)master["id"]!;
        var occurrence = Occurrences(calendar, master, horizon).Where(o => o.InstanceId(masterId) == instanceId).Select(o => (Occurrence?)o).FirstOrDefault();
        return occurrence is { } found ? Build(calendar, master, found) : null;
    }

    /// <summary>After the master changed: exceptions whose occurrence the new recurrence no longer makes go away.</summary>
    public static void DropOrphans(StoredCalendar calendar, JsonObject master)
    {
        var masterId = (string)master["id"]!;
        var exceptions = calendar.ExceptionsOf(masterId).ToList();
        if (exceptions.Count == 0) return;
        var valid = IsRecurring(master)
            ? Occurrences(calendar, master, exceptions.Max(e => OriginalStart(calendar, e))).Select(o => o.InstanceId(masterId)).ToHashSet()
            : [];
        calendar.Events.RemoveAll(e => exceptions.Contains(e) && !valid.Contains((string)e["id"]!));
    }

    /// <summary>Start and end of a stored or generated event; a cancelled instance without times spans its original start.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Span(StoredCalendar calendar, JsonObject e)
    {
        if (e["start"] is null || e["end"] is null)
        {
            var original = OriginalStart(calendar, e);
            return (original, original);
        }
        return (EventTime.Parse(e["start"], "start", calendar.Zone).Instant, EventTime.Parse(e["end"], "end", calendar.Zone).Instant);
    }

    private static DateTimeOffset OriginalStart(StoredCalendar calendar, JsonObject e) =>
        EventTime.Parse(e["originalStartTime"] ?? e["start"], "start", calendar.Zone).Instant;

    private static List<Occurrence> Occurrences(StoredCalendar calendar, JsonObject master, DateTimeOffset? horizon)
    {
        var start = EventTime.Parse(master["start"], "start", calendar.Zone);
        var zone = start.AllDay || start.ZoneId is null ? calendar.Zone : CalendarTime.Zone(start.ZoneId);
        return RecurrenceSet.Parse(master["recurrence"]!.AsArray(), zone).Expand(start, horizon);
    }

    // A copy of the master at one occurrence: same fields, its own id and times, recurringEventId and originalStartTime.
    private static JsonObject Build(StoredCalendar calendar, JsonObject master, Occurrence occurrence)
    {
        var start = EventTime.Parse(master["start"], "start", calendar.Zone);
        var end = EventTime.Parse(master["end"], "end", calendar.Zone);
        var instance = master.DeepClone().AsObject();
        instance.Remove("recurrence");
        instance["id"] = occurrence.InstanceId((string)master["id"]!);
        instance["recurringEventId"] = (string)master["id"]!;
        if (occurrence.Date is { } date)
        {
            var days = end.Date!.Value.DayNumber - start.Date!.Value.DayNumber;
            instance["start"] = new JsonObject { ["date"] = CalendarTime.Date(date) };
            instance["end"] = new JsonObject { ["date"] = CalendarTime.Date(date.AddDays(days)) };
            instance["originalStartTime"] = new JsonObject { ["date"] = CalendarTime.Date(date) };
            return instance;
        }
        var startZoneId = start.ZoneId ?? calendar.TimeZone;
        var endZoneId = end.ZoneId ?? startZoneId;
        instance["start"] = Timed(occurrence.Start, startZoneId);
        instance["end"] = Timed(occurrence.Start + (end.Instant - start.Instant), endZoneId);
        instance["originalStartTime"] = Timed(occurrence.Start, startZoneId);
        return instance;
    }

    private static JsonObject Timed(DateTimeOffset instant, string zoneId) => new()
    {
        ["dateTime"] = CalendarTime.Format(instant, CalendarTime.Zone(zoneId)),
        ["timeZone"] = zoneId,
    };
}
