using System.ComponentModel;
using McpServers.Calendar.Api;
using McpServers.Calendar.Time;
using McpServers.Google.Accounts;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Calendar.Tools;

[McpServerToolType]
internal sealed class EventTools(CalendarContext context, TimeProvider time)
{
    private const string TimeText = "ISO 8601; without an offset it is read in the calendar's time zone (2026-03-10T09:00), with one it is exact (2026-03-10T09:00:00-04:00)";
    private const int MostEvents = 250;
    private const int PageSize = 100; // Google's default is 250; smaller pages keep each answer quick

    [McpServerTool(Name = "list_calendars", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(CalendarInfoList))]
    [Description("The account's calendars with their ids, time zones and access roles.")]
    public async Task<CallToolResult> ListCalendarsAsync([Description("Account name (default: --account, else the only one)")] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var all = await context.CalendarsAsync(context.Resolve(account), cancellationToken);
        var list = all.Select(c => new CalendarInfo(c.Id ?? "", c.Summary, c.TimeZone, c.AccessRole, c.Primary == true)).ToList();
        return ToolResults.Structured(new CalendarInfoList(list), CalendarJson.Default.CalendarInfoList);
    }

    [McpServerTool(Name = "list_events", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(EventPage))]
    [Description("Events in a time window across one or more calendars, and across accounts when asked (a person's whole day), "
        + "recurring events expanded to their occurrences, in start order. Every page of each calendar is read, up to 250 events.")]
    public async Task<CallToolResult> ListEventsAsync(
        [Description("Start of the window; " + TimeText)] string timeMin,
        [Description("End of the window; " + TimeText)] string timeMax,
        [Description("Calendar ids (default: primary)")] IReadOnlyList<string>? calendarIds = null,
        [Description("Text the events must contain")] string? query = null,
        [Description("Accounts to read together (default: the one 'account' names)")] IReadOnlyList<string>? accounts = null,
        [Description("Account name (default: --account, else the only one)")] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = (accounts is { Count: > 0 } ? accounts.Select(context.Resolve) : [context.Resolve(account)]).ToList();
        var found = new List<(DateTimeOffset Start, EventView View)>();
        var truncated = false;
        string? zoneName = null;
        foreach (var person in who)
        {
            foreach (var calendarId in calendarIds is { Count: > 0 } ? calendarIds : ["primary"])
            {
                var zone = await context.ZoneOfAsync(person, calendarId, cancellationToken);
                zoneName ??= zone.Id;
                var min = ZonedTime.Format(ZonedTime.Instant(timeMin, zone, "timeMin"));
                var max = ZonedTime.Format(ZonedTime.Instant(timeMax, zone, "timeMax"));
                if (string.CompareOrdinal(min, max) >= 0 && ZonedTime.Instant(timeMax, zone, "timeMax") <= ZonedTime.Instant(timeMin, zone, "timeMin"))
                    throw new ToolInputException("timeMax must be after timeMin.");
                string? page = null;
                do
                {
                    var list = await context.Api.EventsAsync(person, calendarId, min, max, query, zone.Id, page, PageSize, cancellationToken);
                    found.AddRange((list.Items ?? []).Select(e => (ZonedTime.ToInstant(e.Start, zone) ?? DateTimeOffset.MinValue, View(e, calendarId, person, zone))));
                    page = list.NextPageToken;
                    truncated |= page is not null && found.Count >= MostEvents;
                }
                while (page is not null && found.Count < MostEvents);
            }
        }
        var events = found.OrderBy(f => f.Start).Take(MostEvents).Select(f => f.View).ToList();
        var note = truncated || found.Count > MostEvents ? $"More than {MostEvents} events: narrow the window or the calendars." : null;
        return ToolResults.Structured(new EventPage(events, zoneName, note), CalendarJson.Default.EventPage);
    }

    [McpServerTool(Name = "search_events", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(EventPage))]
    [Description("Events whose title, description or location contain the text, across all the account's calendars, in a window "
        + "(default: the past 90 days and the next 365).")]
    public async Task<CallToolResult> SearchAsync([Description("Text to find")] string query,
        [Description("Start of the window (ISO 8601)")] string? timeMin = null, [Description("End of the window")] string? timeMax = null,
        [Description("Account name (default: --account, else the only one)")] string? account = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
            throw new ToolInputException("query: give the text to find.");
        var who = context.Resolve(account);
        var calendars = (await context.CalendarsAsync(who, cancellationToken)).Select(c => c.Id).OfType<string>().ToList();
        var now = time.GetUtcNow();
        return await ListEventsAsync(timeMin ?? ZonedTime.Format(now.AddDays(-90)), timeMax ?? ZonedTime.Format(now.AddDays(365)), calendars, query,
            null, account, cancellationToken);
    }

    [McpServerTool(Name = "get_event", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(EventView))]
    [Description("One event, or one occurrence of a recurring event (it names its series in recurringEventId).")]
    public async Task<CallToolResult> GetAsync([Description("Event id")] string eventId, [Description("Calendar id")] string calendarId = "primary",
        [Description("Account name (default: --account, else the only one)")] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = context.Resolve(account);
        var zone = await context.ZoneOfAsync(who, calendarId, cancellationToken);
        var found = await context.Api.GetAsync(who, calendarId, eventId, cancellationToken);
        return ToolResults.Structured(View(found, calendarId, who, zone), CalendarJson.Default.EventView);
    }

    internal static EventView View(CalendarEvent e, string calendarId, GoogleAccount account, TimeZoneInfo zone) => new(
        e.Id ?? "", calendarId, account.Name, e.Summary, Shown(e.Start, zone), Shown(e.End, zone), e.Start?.Date is not null, e.Start?.TimeZone ?? zone.Id,
        e.Location, e.Description, e.RecurringEventId, e.Recurrence,
        (e.Attendees ?? []).Select(a => new AttendeeInfo(a.Email, a.ResponseStatus, a.Optional == true, a.Comment)).ToList(), e.Status, e.HtmlLink,
        e.HangoutLink ?? e.ConferenceData?.EntryPoints?.FirstOrDefault(p => p.EntryPointType == "video")?.Uri,
        e.Reminders?.Overrides?.Select(r => r.Minutes).ToList());

    // A dateTime shown in the calendar's zone with its offset; a date stays a date.
    private static string? Shown(EventTime? time, TimeZoneInfo zone) =>
        time?.Date ?? (ZonedTime.ToInstant(time, zone) is { } instant ? ZonedTime.Format(TimeZoneInfo.ConvertTime(instant, zone)) : null);
}
