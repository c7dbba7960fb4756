using System.ComponentModel;
using System.Globalization;
using McpServers.Calendar.Api;
using McpServers.Calendar.Time;
using McpServers.Google.Accounts;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Calendar.Tools;

[McpServerToolType]
internal sealed class SeriesTools(CalendarContext context)
{
    private const string AccountText = "Account name (default: --account, else the only one)";

    [McpServerTool(Name = "update_event", UseStructuredContent = true, OutputSchemaType = typeof(EventView))]
    [Description("Changes an event. For an occurrence of a recurring event, scope 'this' changes that occurrence only, 'all' the whole series "
        + "(a new start/end moves every occurrence by the same amount; past occurrences stay in the series), and 'following' this and later "
        + "ones: the series is ended before this occurrence and a new series starts from it with the changes.")]
    public async Task<CallToolResult> UpdateAsync([Description("Event id, or an occurrence's id")] string eventId,
        [Description("this, following or all")] string scope = "this",
        [Description("New title")] string? summary = null, [Description("New description")] string? description = null,
        [Description("New location")] string? location = null,
        [Description("New start (ISO 8601; without an offset read in the calendar's zone)")] string? start = null,
        [Description("New end")] string? end = null,
        [Description("Calendar id")] string calendarId = "primary",
        [Description("Notifications: all, externalOnly or none")] string sendUpdates = "none",
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (scope is not ("this" or "following" or "all"))
            throw new ToolInputException("scope: this, following or all.");
        var who = context.Resolve(account);
        var zone = await context.ZoneOfAsync(who, calendarId, cancellationToken);
        var target = await context.Api.GetAsync(who, calendarId, eventId, cancellationToken);
        var seriesId = target.RecurringEventId;
        if (seriesId is null || scope == "this")
        {
            var change = Change(summary, description, location, start, end, target, zone, shiftFrom: null);
            var updated = await context.Api.PatchAsync(who, calendarId, eventId, change, sendUpdates, cancellationToken);
            return Result(updated, calendarId, who, zone);
        }
        var master = await context.Api.GetAsync(who, calendarId, seriesId, cancellationToken);
        if (scope == "all")
        {
            var change = Change(summary, description, location, start, end, master, zone, shiftFrom: target);
            return Result(await context.Api.PatchAsync(who, calendarId, seriesId, change, sendUpdates, cancellationToken), calendarId, who, zone);
        }
        // following: end the old series just before this occurrence, then start a new one from it with the changes.
        var occurrence = ZonedTime.ToInstant(target.Start, zone) ?? throw new ToolInputException($"Event {eventId} has no start.");
        var rules = master.Recurrence ?? [];
        var before = await CountBeforeAsync(who, calendarId, seriesId, master, occurrence, zone, cancellationToken);
        await context.Api.PatchAsync(who, calendarId, seriesId, new CalendarEvent { Recurrence = Recurrence.EndBefore(rules, occurrence) }, sendUpdates, cancellationToken);
        var next = Change(summary, description, location, start, end, target, zone, shiftFrom: null);
        var created = await context.Api.InsertAsync(who, calendarId, master with
        {
            Id = null, HtmlLink = null, RecurringEventId = null,
            Summary = next.Summary ?? master.Summary, Description = next.Description ?? master.Description, Location = next.Location ?? master.Location,
            Start = next.Start ?? target.Start, End = next.End ?? target.End,
            Recurrence = Recurrence.Remaining(rules, before),
        }, sendUpdates, cancellationToken);
        return Result(created, calendarId, who, zone);
    }

    [McpServerTool(Name = "list_event_instances", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(EventPage))]
    [Description("The occurrences of a recurring event in a window.")]
    public async Task<CallToolResult> InstancesAsync([Description("Recurring event id")] string eventId,
        [Description("Start of the window (ISO 8601)")] string? timeMin = null, [Description("End of the window")] string? timeMax = null,
        [Description("Calendar id")] string calendarId = "primary", [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = context.Resolve(account);
        var zone = await context.ZoneOfAsync(who, calendarId, cancellationToken);
        var min = timeMin is null ? null : ZonedTime.Format(ZonedTime.Instant(timeMin, zone, "timeMin"));
        var max = timeMax is null ? null : ZonedTime.Format(ZonedTime.Instant(timeMax, zone, "timeMax"));
        var all = new List<EventView>();
        string? page = null;
        do
        {
            var list = await context.Api.InstancesAsync(who, calendarId, eventId, min, max, page, cancellationToken);
            all.AddRange((list.Items ?? []).Select(e => EventTools.View(e, calendarId, who, zone)));
            page = list.NextPageToken;
        }
        while (page is not null && all.Count < 250);
        return ToolResults.Structured(new EventPage(all, zone.Id, page is null ? null : "More than 250 occurrences: narrow the window."), CalendarJson.Default.EventPage);
    }

    [McpServerTool(Name = "move_event", UseStructuredContent = true, OutputSchemaType = typeof(EventView))]
    [Description("Moves an event (a whole series, not one occurrence) to another calendar of the account.")]
    public async Task<CallToolResult> MoveAsync([Description("Event id")] string eventId, [Description("Destination calendar id")] string destinationCalendarId,
        [Description("Calendar id it is in now")] string calendarId = "primary", [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = context.Resolve(account);
        var moved = await context.Api.MoveAsync(who, calendarId, eventId, destinationCalendarId, cancellationToken);
        return Result(moved, destinationCalendarId, who, await context.ZoneOfAsync(who, destinationCalendarId, cancellationToken));
    }

    [McpServerTool(Name = "quick_add_event", UseStructuredContent = true, OutputSchemaType = typeof(EventView))]
    [Description("Creates an event from a sentence, as Google Calendar's quick add reads it ('Lunch with Ada tomorrow 12:30').")]
    public async Task<CallToolResult> QuickAddAsync([Description("The sentence")] string text, [Description("Calendar id")] string calendarId = "primary",
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ToolInputException("text: describe the event, e.g. 'Lunch with Ada tomorrow 12:30'.");
        var who = context.Resolve(account);
        var created = await context.Api.QuickAddAsync(who, calendarId, text.Trim(), cancellationToken);
        return Result(created, calendarId, who, await context.ZoneOfAsync(who, calendarId, cancellationToken));
    }

    private static CallToolResult Result(CalendarEvent e, string calendarId, GoogleAccount who, TimeZoneInfo zone) =>
        ToolResults.Structured(EventTools.View(e, calendarId, who, zone), CalendarJson.Default.EventView);

    // Only what was given changes. With shiftFrom (an occurrence), new times move the series' times by the same amount.
    private static CalendarEvent Change(string? summary, string? description, string? location, string? start, string? end, CalendarEvent basis,
        TimeZoneInfo zone, CalendarEvent? shiftFrom)
    {
        var zoneOfEvent = basis.Start?.TimeZone is { } z ? ZonedTime.Zone(z, "timeZone") : zone;
        EventTime? newStart = start is null ? null : ZonedTime.Parse(start, zoneOfEvent, "start");
        EventTime? newEnd = end is null ? null : ZonedTime.Parse(end, zoneOfEvent, "end");
        if (shiftFrom is not null && (newStart is not null || newEnd is not null))
        {
            var shift = (newStart is null ? TimeSpan.Zero : ZonedTime.ToInstant(newStart, zoneOfEvent)!.Value - ZonedTime.ToInstant(shiftFrom.Start, zoneOfEvent)!.Value);
            var endShift = newEnd is null ? shift : ZonedTime.ToInstant(newEnd, zoneOfEvent)!.Value - ZonedTime.ToInstant(shiftFrom.End, zoneOfEvent)!.Value;
            newStart = Shifted(basis.Start, shift, zoneOfEvent);
            newEnd = Shifted(basis.End, endShift, zoneOfEvent);
        }
        var startsAt = ZonedTime.ToInstant(newStart ?? basis.Start, zoneOfEvent);
        var endsAt = ZonedTime.ToInstant(newEnd ?? basis.End, zoneOfEvent);
        if (startsAt is not null && endsAt is not null && endsAt <= startsAt)
            throw new ToolInputException("end must be after start.");
        return new CalendarEvent
        {
            Summary = summary, Description = description, Location = location,
            Start = newStart is null ? null : newStart with { TimeZone = newStart.Date is null ? zoneOfEvent.Id : null },
            End = newEnd is null ? null : newEnd with { TimeZone = newEnd.Date is null ? zoneOfEvent.Id : null },
        };
    }

    private static EventTime? Shifted(EventTime? time, TimeSpan shift, TimeZoneInfo zone)
    {
        if (time?.DateTime is { } dateTime)
        {
            // Shift the wall-clock time, so the series keeps local time across DST.
            var local = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(dateTime, CultureInfo.InvariantCulture), zone).DateTime + shift;
            return new EventTime { DateTime = ZonedTime.Format(new DateTimeOffset(local, zone.GetUtcOffset(local))), TimeZone = zone.Id };
        }
        return time?.Date is { } date
            ? new EventTime { Date = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays((int)shift.TotalDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            : time;
    }

    // How many occurrences come before the given one (for a series counted with COUNT).
    private async Task<int> CountBeforeAsync(GoogleAccount who, string calendarId, string seriesId, CalendarEvent master, DateTimeOffset occurrence,
        TimeZoneInfo zone, CancellationToken ct)
    {
        if (!(master.Recurrence ?? []).Any(r => r.Contains("COUNT=", StringComparison.OrdinalIgnoreCase)))
            return 0;
        var count = 0;
        string? page = null;
        do
        {
            var list = await context.Api.InstancesAsync(who, calendarId, seriesId, null, ZonedTime.Format(occurrence), page, ct);
            count += (list.Items ?? []).Count(e => ZonedTime.ToInstant(e.Start, zone) < occurrence);
            page = list.NextPageToken;
        }
        while (page is not null);
        return count;
    }
}
