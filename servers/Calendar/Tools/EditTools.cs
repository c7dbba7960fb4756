using System.ComponentModel;
using McpServers.Calendar.Api;
using McpServers.Calendar.Time;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Calendar.Tools;

[McpServerToolType]
internal sealed class EditTools(CalendarContext context)
{
    private const string TimeText = "ISO 8601: 2026-03-10T09:00 is read in timeZone (else the calendar's zone), 2026-03-10T09:00:00-04:00 is exact, 2026-03-10 is an all-day date";
    private const string AccountText = "Account name (default: --account, else the only one)";

    [McpServerTool(Name = "create_event", UseStructuredContent = true, OutputSchemaType = typeof(EventView))]
    [Description("Creates an event: timed or all-day, with attendees, a recurrence (RRULE/EXDATE lines) and invitations sent as asked.")]
    public async Task<CallToolResult> CreateAsync(
        [Description("Title")] string summary,
        [Description("Start; " + TimeText)] string start,
        [Description("End; same forms as start (an all-day event ends on the day after its last day)")] string end,
        [Description("IANA time zone the times are in and the event keeps (e.g. America/New_York; default: the calendar's)")] string? timeZone = null,
        [Description("Calendar id")] string calendarId = "primary",
        [Description("Description")] string? description = null,
        [Description("Location")] string? location = null,
        [Description("Attendee email addresses")] IReadOnlyList<string>? attendees = null,
        [Description("Recurrence lines, e.g. RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10")] IReadOnlyList<string>? recurrence = null,
        [Description("Invitations: all, externalOnly or none")] string sendUpdates = "none",
        [Description("Attendees who are optional")] IReadOnlyList<string>? optionalAttendees = null,
        [Description("Popup reminders, minutes before the start (none given: the calendar's default reminders)")] IReadOnlyList<int>? remindersMinutes = null,
        [Description("Add a Google Meet link")] bool addMeetLink = false,
        [Description("Guests may change the event")] bool? guestsCanModify = null,
        [Description("Guests may invite others")] bool? guestsCanInviteOthers = null,
        [Description("Guests may see the guest list")] bool? guestsCanSeeOtherGuests = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if ((remindersMinutes ?? []).Where(m => m is < 0 or > 40320).ToList() is [var badReminder, ..])
            throw new ToolInputException($"remindersMinutes: {badReminder} is outside 0 to 40320 (four weeks), Google's range.");
        var who = context.Resolve(account);
        var zone = timeZone is { Length: > 0 } ? ZonedTime.Zone(timeZone, "timeZone") : await context.ZoneOfAsync(who, calendarId, cancellationToken);
        var (begins, ends) = (ZonedTime.Parse(start, zone, "start"), ZonedTime.Parse(end, zone, "end"));
        if ((begins.Date is null) != (ends.Date is null))
            throw new ToolInputException("start and end must both be dates (all day) or both be times.");
        if (ZonedTime.ToInstant(ends, zone) <= ZonedTime.ToInstant(begins, zone))
            throw new ToolInputException($"end ({end}) must be after start ({start}).");
        foreach (var (line, i) in (recurrence ?? []).Select((l, i) => (l, i)))
            if (!line.StartsWith("RRULE:", StringComparison.Ordinal) && !line.StartsWith("EXDATE", StringComparison.Ordinal) && !line.StartsWith("RDATE", StringComparison.Ordinal) && !line.StartsWith("EXRULE:", StringComparison.Ordinal))
                throw new ToolInputException($"recurrence[{i}]: '{line}' is not an RRULE, EXDATE or RDATE line (e.g. RRULE:FREQ=WEEKLY;BYDAY=MO).");
        if (sendUpdates is not ("all" or "externalOnly" or "none"))
            throw new ToolInputException("sendUpdates: all, externalOnly or none.");
        var created = await context.Api.InsertAsync(who, calendarId, new CalendarEvent
        {
            Summary = summary, Description = description, Location = location,
            // Recurring events need the zone on their start for their occurrences to keep local time across DST.
            Start = begins with { TimeZone = begins.Date is null ? zone.Id : null }, End = ends with { TimeZone = ends.Date is null ? zone.Id : null },
            Recurrence = recurrence is { Count: > 0 } ? recurrence : null,
            Attendees = Attendees(attendees, optionalAttendees),
            Reminders = remindersMinutes is null ? null
                : new EventReminders { UseDefault = false, Overrides = remindersMinutes.Select(m => new EventReminder("popup", m)).ToList() },
            ConferenceData = addMeetLink
                ? new ConferenceData { CreateRequest = new ConferenceCreateRequest(Guid.NewGuid().ToString("N"), new ConferenceSolutionKey("hangoutsMeet")) }
                : null,
            GuestsCanModify = guestsCanModify, GuestsCanInviteOthers = guestsCanInviteOthers, GuestsCanSeeOtherGuests = guestsCanSeeOtherGuests,
        }, sendUpdates, cancellationToken);
        return ToolResults.Structured(EventTools.View(created, calendarId, who, zone), CalendarJson.Default.EventView);
    }

    private static List<EventAttendee>? Attendees(IReadOnlyList<string>? required, IReadOnlyList<string>? optional)
    {
        var all = (required ?? []).Select(a => new EventAttendee { Email = a.Trim() })
            .Concat((optional ?? []).Select(a => new EventAttendee { Email = a.Trim(), Optional = true })).ToList();
        foreach (var (attendee, i) in all.Select((a, i) => (a, i)))
            if (attendee.Email is not { Length: > 2 } email || email.IndexOf('@') is <= 0 || email.EndsWith('@'))
                throw new ToolInputException($"attendees: '{attendee.Email}' is not an email address.");
        return all.Count == 0 ? null : all;
    }

    [McpServerTool(Name = "delete_event", Destructive = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Deletes an event. For an occurrence of a recurring event, scope 'this' deletes that occurrence only, 'following' it and "
        + "the later ones (the series ends before it), and 'all' the whole series.")]
    public async Task<CallToolResult> DeleteAsync([Description("Event id (or an occurrence's id)")] string eventId,
        [Description("this, following or all")] string scope = "this", [Description("Calendar id")] string calendarId = "primary",
        [Description("Cancellations: all, externalOnly or none")] string sendUpdates = "none",
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = context.Resolve(account);
        var target = eventId;
        if (scope == "following")
        {
            // End the series just before this occurrence: it and the later ones go, the earlier ones stay.
            var occurrence = await context.Api.GetAsync(who, calendarId, eventId, cancellationToken);
            if (occurrence.RecurringEventId is not { } seriesId)
                throw new ToolInputException($"Event {eventId} is not an occurrence of a recurring event; use scope 'this'.");
            var master = await context.Api.GetAsync(who, calendarId, seriesId, cancellationToken);
            var zone = await context.ZoneOfAsync(who, calendarId, cancellationToken);
            var starts = ZonedTime.ToInstant(occurrence.Start, zone) ?? throw new ToolInputException($"Event {eventId} has no start.");
            await context.Api.PatchAsync(who, calendarId, seriesId, new CalendarEvent { Recurrence = Recurrence.EndBefore(master.Recurrence ?? [], starts) }, sendUpdates, cancellationToken);
            return ToolResults.Structured(new Done($"Occurrences of {seriesId} from {ZonedTime.Format(starts)} on deleted."), CalendarJson.Default.Done);
        }
        if (scope == "all")
            target = (await context.Api.GetAsync(who, calendarId, eventId, cancellationToken)).RecurringEventId ?? eventId;
        else if (scope != "this")
            throw new ToolInputException("scope: this, following or all.");
        await context.Api.DeleteAsync(who, calendarId, target, sendUpdates, cancellationToken);
        return ToolResults.Structured(new Done(target == eventId ? $"Event {eventId} deleted." : $"The whole series {target} deleted."), CalendarJson.Default.Done);
    }

    [McpServerTool(Name = "respond_to_event", UseStructuredContent = true, OutputSchemaType = typeof(EventView))]
    [Description("Answers an invitation as this account: accepted, declined or tentative, with an optional note. Only the caller's own attendee entry changes.")]
    public async Task<CallToolResult> RespondAsync([Description("Event id")] string eventId,
        [Description("accepted, declined or tentative")] string response, [Description("A note to the organizer")] string? comment = null,
        [Description("Calendar id")] string calendarId = "primary", [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (response is not ("accepted" or "declined" or "tentative"))
            throw new ToolInputException("response: accepted, declined or tentative.");
        var who = context.Resolve(account);
        var me = await context.AddressAsync(who);
        var current = await context.Api.GetAsync(who, calendarId, eventId, cancellationToken);
        var attendees = current.Attendees ?? [];
        if (!attendees.Any(a => a.Self == true || string.Equals(a.Email, me, StringComparison.OrdinalIgnoreCase)))
            throw new ToolInputException($"Account '{who.Name}' is not among this event's attendees, so there is nothing to answer.");
        var changed = attendees.Select(a => a.Self == true || string.Equals(a.Email, me, StringComparison.OrdinalIgnoreCase)
            ? a with { ResponseStatus = response, Comment = comment ?? a.Comment } : a).ToList();
        var updated = await context.Api.PatchAsync(who, calendarId, eventId, new CalendarEvent { Attendees = changed }, "all", cancellationToken);
        return ToolResults.Structured(EventTools.View(updated, calendarId, who, await context.ZoneOfAsync(who, calendarId, cancellationToken)), CalendarJson.Default.EventView);
    }
}
