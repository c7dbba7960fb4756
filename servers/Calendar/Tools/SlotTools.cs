using System.ComponentModel;
using McpServers.Calendar.Api;
using McpServers.Calendar.Time;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Calendar.Tools;

[McpServerToolType]
internal sealed class SlotTools(CalendarContext context)
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    [McpServerTool(Name = "find_free_slots", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(FreeSlots))]
    [Description("Times when every attendee is free and inside their own working hours (in their own time zone), for a meeting of the given "
        + "length, earliest first (on 15-minute boundaries).")]
    public async Task<CallToolResult> FindAsync(
        [Description("Attendees: addresses or calendar ids, each with its time zone")] IReadOnlyList<SlotAttendee> attendees,
        [Description("Start of the window (ISO 8601; without an offset read in the account's zone)")] string timeMin,
        [Description("End of the window")] string timeMax,
        [Description("Meeting length in minutes"), System.ComponentModel.DataAnnotations.Range(5, 1440)] int durationMinutes,
        [Description("Working hours start, local to each attendee (HH:mm)")] string workdayStart = "09:00",
        [Description("Working hours end, local to each attendee (HH:mm)")] string workdayEnd = "17:00",
        [Description("Most slots returned"), System.ComponentModel.DataAnnotations.Range(1, 100)] int maxSlots = 10,
        [Description("Account name (default: --account, else the only one)")] string? account = null, CancellationToken cancellationToken = default)
    {
        if (attendees.Count == 0)
            throw new ToolInputException("attendees: give at least one.");
        if (!TimeOnly.TryParse(workdayStart, out var dayStart) || !TimeOnly.TryParse(workdayEnd, out var dayEnd) || dayEnd <= dayStart)
            throw new ToolInputException("workdayStart and workdayEnd: HH:mm, the end after the start (e.g. 09:00 and 17:00).");
        var who = context.Resolve(account);
        var zone = await context.ZoneOfAsync(who, "primary", cancellationToken);
        var (min, max) = (ZonedTime.Instant(timeMin, zone, "timeMin"), ZonedTime.Instant(timeMax, zone, "timeMax"));
        if (max <= min)
            throw new ToolInputException("timeMax must be after timeMin.");
        var zones = attendees.Select((a, i) => ZonedTime.Zone(a.TimeZone, $"attendees[{i}].timeZone")).ToList();
        var busy = await context.Api.FreeBusyAsync(who, new FreeBusyRequest
        {
            TimeMin = ZonedTime.Format(min), TimeMax = ZonedTime.Format(max), Items = attendees.Select(a => new FreeBusyItem(a.Email)).Distinct().ToList(),
        }, cancellationToken);
        var unknown = attendees.Where(a => busy.Calendars?.GetValueOrDefault(a.Email)?.Errors is { Count: > 0 }).Select(a => a.Email).ToList();
        var periods = (busy.Calendars ?? new Dictionary<string, FreeBusyCalendar>()).Values.SelectMany(c => c.Busy ?? [])
            .Select(b => (Start: DateTimeOffset.Parse(b.Start, System.Globalization.CultureInfo.InvariantCulture), End: DateTimeOffset.Parse(b.End, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var length = TimeSpan.FromMinutes(durationMinutes);
        var slots = new List<FreeSlot>();
        for (var at = RoundUp(min); at + length <= max && slots.Count < maxSlots; at += Step)
        {
            var end = at + length;
            if (periods.Any(p => p.Start < end && at < p.End))
                continue;
            if (!zones.All(z => InsideWorkday(at, end, z, dayStart, dayEnd)))
                continue;
            slots.Add(new FreeSlot(ZonedTime.Format(TimeZoneInfo.ConvertTime(at, zone)), ZonedTime.Format(TimeZoneInfo.ConvertTime(end, zone)),
                attendees.Select((a, i) => new LocalTime(a.Email, ZonedTime.Format(TimeZoneInfo.ConvertTime(at, zones[i])))).ToList()));
        }
        var note = unknown.Count > 0 ? $"No free/busy for {string.Join(", ", unknown)} (not found or not shared): treated as free." : null;
        return ToolResults.Structured(new FreeSlots(slots, zone.Id, note), CalendarJson.Default.FreeSlots);
    }

    private static DateTimeOffset RoundUp(DateTimeOffset time)
    {
        var ticks = (time.UtcTicks + Step.Ticks - 1) / Step.Ticks * Step.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static bool InsideWorkday(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone, TimeOnly dayStart, TimeOnly dayEnd)
    {
        var localStart = TimeZoneInfo.ConvertTime(start, zone);
        var localEnd = TimeZoneInfo.ConvertTime(end, zone);
        return localStart.Date == localEnd.AddTicks(-1).Date && localStart.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && TimeOnly.FromDateTime(localStart.DateTime) >= dayStart && TimeOnly.FromDateTime(localEnd.DateTime) <= dayEnd && localEnd.TimeOfDay != TimeSpan.Zero;
    }
}

/// <summary>An attendee for find_free_slots.</summary>
public sealed record SlotAttendee(
    [property: Description("Email address or calendar id")] string Email,
    [property: Description("Their IANA time zone, for their working hours (e.g. Europe/Berlin)")] string TimeZone);

public sealed record LocalTime(string Email, string Start);

public sealed record FreeSlot(string Start, string End, IReadOnlyList<LocalTime> LocalStarts);

public sealed record FreeSlots(IReadOnlyList<FreeSlot> Slots, string TimeZone, string? Note);
