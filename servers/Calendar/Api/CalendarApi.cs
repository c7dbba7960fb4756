using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using McpServers.Google.Accounts;
using McpServers.Google.Http;

namespace McpServers.Calendar.Api;

/// <summary>The Calendar API v3 calls mcp-calendar makes, typed, for one account at a time.</summary>
internal sealed class CalendarApi(GoogleApiClient client)
{
    private const string Root = "calendar/v3/";
    private static readonly IReadOnlyList<string> Read =
        ["https://www.googleapis.com/auth/calendar.readonly", "https://www.googleapis.com/auth/calendar.events.readonly",
         "https://www.googleapis.com/auth/calendar.events", "https://www.googleapis.com/auth/calendar"];
    private static readonly IReadOnlyList<string> Write = ["https://www.googleapis.com/auth/calendar.events", "https://www.googleapis.com/auth/calendar"];

    public static IReadOnlyList<string> Scopes { get; } = ["https://www.googleapis.com/auth/calendar"];

    public Task<CalendarList> CalendarsAsync(GoogleAccount account, string? pageToken, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Calendar, HttpMethod.Get, Root + "users/me/calendarList") { Scopes = Read }
            .With("pageToken", pageToken), CalendarJson.Default.CalendarList, ct);

    public Task<EventList> EventsAsync(GoogleAccount account, string calendarId, string? timeMin, string? timeMax, string? query, string? timeZone,
        string? pageToken, int maxResults, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Calendar, HttpMethod.Get, Events(calendarId)) { Scopes = Read, Subject = $"calendar '{calendarId}'" }
            .With("timeMin", timeMin).With("timeMax", timeMax).With("q", query).With("timeZone", timeZone)
            .With("singleEvents", true).With("orderBy", "startTime").With("maxResults", maxResults).With("pageToken", pageToken),
            CalendarJson.Default.EventList, ct);

    public Task<EventList> InstancesAsync(GoogleAccount account, string calendarId, string eventId, string? timeMin, string? timeMax, string? pageToken, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Calendar, HttpMethod.Get, Event(calendarId, eventId) + "/instances") { Scopes = Read, Subject = $"event '{eventId}'" }
            .With("timeMin", timeMin).With("timeMax", timeMax).With("pageToken", pageToken), CalendarJson.Default.EventList, ct);

    public Task<CalendarEvent> GetAsync(GoogleAccount account, string calendarId, string eventId, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Calendar, HttpMethod.Get, Event(calendarId, eventId)) { Scopes = Read, Subject = $"event '{eventId}'" },
            CalendarJson.Default.CalendarEvent, ct);

    public Task<CalendarEvent> InsertAsync(GoogleAccount account, string calendarId, CalendarEvent resource, string? sendUpdates, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Events(calendarId), resource, CalendarJson.Default.CalendarEvent, $"calendar '{calendarId}'")
            .With("sendUpdates", sendUpdates)
            // Without conferenceDataVersion=1 Google ignores a request for a Meet link.
            .With("conferenceDataVersion", resource.ConferenceData is null ? null : 1), CalendarJson.Default.CalendarEvent, ct);

    public Task<CalendarEvent> PatchAsync(GoogleAccount account, string calendarId, string eventId, CalendarEvent change, string? sendUpdates, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Patch, Event(calendarId, eventId), change, CalendarJson.Default.CalendarEvent, $"event '{eventId}'")
            .With("sendUpdates", sendUpdates), CalendarJson.Default.CalendarEvent, ct);

    public Task DeleteAsync(GoogleAccount account, string calendarId, string eventId, string? sendUpdates, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Calendar, HttpMethod.Delete, Event(calendarId, eventId)) { Scopes = Write, Subject = $"event '{eventId}'" }
            .With("sendUpdates", sendUpdates), ct);

    public Task<CalendarEvent> MoveAsync(GoogleAccount account, string calendarId, string eventId, string destination, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Calendar, HttpMethod.Post, Event(calendarId, eventId) + "/move") { Scopes = Write, Subject = $"event '{eventId}'" }
            .With("destination", destination), CalendarJson.Default.CalendarEvent, ct);

    public Task<CalendarEvent> QuickAddAsync(GoogleAccount account, string calendarId, string text, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Calendar, HttpMethod.Post, Events(calendarId) + "/quickAdd") { Scopes = Write, Subject = $"calendar '{calendarId}'" }
            .With("text", text), CalendarJson.Default.CalendarEvent, ct);

    public Task<FreeBusyResponse> FreeBusyAsync(GoogleAccount account, FreeBusyRequest request, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Root + "freeBusy", request, CalendarJson.Default.FreeBusyRequest, null, [.. Read, "https://www.googleapis.com/auth/calendar.freebusy"]),
            CalendarJson.Default.FreeBusyResponse, ct);

    private static string Events(string calendarId) => Root + "calendars/" + GoogleRequest.Segment(calendarId) + "/events";

    private static string Event(string calendarId, string eventId) => Events(calendarId) + "/" + GoogleRequest.Segment(eventId);

    private static GoogleRequest Json<T>(HttpMethod method, string path, T body, JsonTypeInfo<T> type, string? subject, IReadOnlyList<string>? scopes = null) =>
        new(GoogleApi.Calendar, method, path)
        {
            Content = GoogleRequest.Json(body, type),
            Scopes = scopes ?? Write,
            Subject = subject,
        };
}
