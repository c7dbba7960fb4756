namespace McpServers.Calendar.Tools;

// What mcp-calendar's tools return as structuredContent. Times are ISO 8601 with their offset; all-day events give dates.

public sealed record CalendarInfo(string Id, string? Summary, string? TimeZone, string? AccessRole, bool Primary);

public sealed record CalendarInfoList(IReadOnlyList<CalendarInfo> Calendars);

public sealed record AttendeeInfo(string? Email, string? ResponseStatus, bool Optional, string? Comment);

public sealed record EventView(
    string Id, string CalendarId, string? Account, string? Summary, string? Start, string? End, bool AllDay, string? TimeZone,
    string? Location, string? Description, string? RecurringEventId, IReadOnlyList<string>? Recurrence, IReadOnlyList<AttendeeInfo> Attendees,
    string? Status, string? HtmlLink, string? MeetLink, IReadOnlyList<int>? RemindersMinutes);

public sealed record EventPage(IReadOnlyList<EventView> Events, string? TimeZone, string? Note);

public sealed record CurrentTime(string TimeZone, string Now, string? AccountTimeZone, string? AccountNow);

public sealed record BusyInterval(string Start, string End);

public sealed record CalendarBusy(string Id, IReadOnlyList<BusyInterval> Busy, string? Error);

public sealed record FreeBusyResult(string TimeMin, string TimeMax, IReadOnlyList<CalendarBusy> Calendars);

public sealed record Done(string Message);
