using System.Text.Json.Serialization;

namespace McpServers.Calendar.Api;

// The Calendar API v3 resources this server uses (calendarList, events, freebusy), as its discovery document names them.

internal sealed record CalendarListEntry
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("timeZone")] public string? TimeZone { get; init; }
    [JsonPropertyName("accessRole")] public string? AccessRole { get; init; }
    [JsonPropertyName("primary")] public bool? Primary { get; init; }
}

internal sealed record CalendarList
{
    [JsonPropertyName("items")] public IReadOnlyList<CalendarListEntry>? Items { get; init; }
    [JsonPropertyName("nextPageToken")] public string? NextPageToken { get; init; }
}

internal sealed record EventTime
{
    [JsonPropertyName("dateTime"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? DateTime { get; init; }
    [JsonPropertyName("date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Date { get; init; }
    [JsonPropertyName("timeZone"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? TimeZone { get; init; }
}

internal sealed record EventAttendee
{
    [JsonPropertyName("email")] public string? Email { get; init; }
    [JsonPropertyName("displayName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? DisplayName { get; init; }
    [JsonPropertyName("responseStatus"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ResponseStatus { get; init; }
    [JsonPropertyName("optional"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? Optional { get; init; }
    [JsonPropertyName("self"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? Self { get; init; }
    [JsonPropertyName("comment"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Comment { get; init; }
}

internal sealed record CalendarEvent
{
    [JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Id { get; init; }
    [JsonPropertyName("status"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Status { get; init; }
    [JsonPropertyName("summary"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Summary { get; init; }
    [JsonPropertyName("description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Description { get; init; }
    [JsonPropertyName("location"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Location { get; init; }
    [JsonPropertyName("start"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public EventTime? Start { get; init; }
    [JsonPropertyName("end"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public EventTime? End { get; init; }
    [JsonPropertyName("recurrence"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Recurrence { get; init; }
    [JsonPropertyName("recurringEventId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? RecurringEventId { get; init; }
    [JsonPropertyName("attendees"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<EventAttendee>? Attendees { get; init; }
    [JsonPropertyName("htmlLink"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? HtmlLink { get; init; }
    [JsonPropertyName("transparency"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Transparency { get; init; }
    [JsonPropertyName("reminders"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public EventReminders? Reminders { get; init; }
    [JsonPropertyName("conferenceData"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ConferenceData? ConferenceData { get; init; }
    [JsonPropertyName("hangoutLink"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? HangoutLink { get; init; }
    [JsonPropertyName("guestsCanModify"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? GuestsCanModify { get; init; }
    [JsonPropertyName("guestsCanInviteOthers"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? GuestsCanInviteOthers { get; init; }
    [JsonPropertyName("guestsCanSeeOtherGuests"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? GuestsCanSeeOtherGuests { get; init; }
}

internal sealed record EventReminders
{
    [JsonPropertyName("useDefault")] public bool UseDefault { get; init; }
    [JsonPropertyName("overrides"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<EventReminder>? Overrides { get; init; }
}

internal sealed record EventReminder([property: JsonPropertyName("method")] string Method, [property: JsonPropertyName("minutes")] int Minutes);

internal sealed record ConferenceData
{
    [JsonPropertyName("createRequest"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ConferenceCreateRequest? CreateRequest { get; init; }
    [JsonPropertyName("entryPoints"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ConferenceEntryPoint>? EntryPoints { get; init; }
}

internal sealed record ConferenceCreateRequest(
    [property: JsonPropertyName("requestId")] string RequestId,
    [property: JsonPropertyName("conferenceSolutionKey")] ConferenceSolutionKey ConferenceSolutionKey);

internal sealed record ConferenceSolutionKey([property: JsonPropertyName("type")] string Type);

internal sealed record ConferenceEntryPoint([property: JsonPropertyName("entryPointType")] string? EntryPointType, [property: JsonPropertyName("uri")] string? Uri);

internal sealed record EventList
{
    [JsonPropertyName("items")] public IReadOnlyList<CalendarEvent>? Items { get; init; }
    [JsonPropertyName("nextPageToken")] public string? NextPageToken { get; init; }
    [JsonPropertyName("timeZone")] public string? TimeZone { get; init; }
}

internal sealed record FreeBusyRequest
{
    [JsonPropertyName("timeMin")] public required string TimeMin { get; init; }
    [JsonPropertyName("timeMax")] public required string TimeMax { get; init; }
    [JsonPropertyName("items")] public required IReadOnlyList<FreeBusyItem> Items { get; init; }
}

internal sealed record FreeBusyItem([property: JsonPropertyName("id")] string Id);

internal sealed record FreeBusyResponse
{
    [JsonPropertyName("calendars")] public IReadOnlyDictionary<string, FreeBusyCalendar>? Calendars { get; init; }
}

internal sealed record FreeBusyCalendar
{
    [JsonPropertyName("busy")] public IReadOnlyList<BusyPeriod>? Busy { get; init; }
    [JsonPropertyName("errors")] public IReadOnlyList<FreeBusyError>? Errors { get; init; }
}

internal sealed record BusyPeriod([property: JsonPropertyName("start")] string Start, [property: JsonPropertyName("end")] string End);

internal sealed record FreeBusyError([property: JsonPropertyName("reason")] string? Reason);
