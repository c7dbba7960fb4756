using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.Calendar.CalendarApi;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Calendar;

public sealed class EventsTests
{
    [Fact]
    public async Task Insert_AddsServerFields_AndListFiltersByWindowAndText()
    {
        await using var cal = await CalendarApi.StartAsync();
        var created = await cal.PostAsync(Events, Event("Design review", Timed("2026-03-02T10:00:00Z"), Timed("2026-03-02T11:00:00Z")));
        Assert.Equal("confirmed", (string)created["status"]!);
        Assert.Equal(Alice, (string)created["organizer"]!["email"]!);
        Assert.Equal(Alice, (string)created["creator"]!["email"]!);
        Assert.EndsWith("@google.com", (string)created["iCalUID"]!);
        Assert.NotNull(created["etag"]);
        Assert.NotNull(created["htmlLink"]);
        var id = (string)created["id"]!;
        cal.Server.Calendar.AddEvent(Alice, "primary", Event("Lunch", Timed("2026-03-05T12:00:00Z"), Timed("2026-03-05T13:00:00Z")));

        var window = await cal.GetAsync($"{Events}?timeMin=2026-03-01T00:00:00Z&timeMax=2026-03-03T00:00:00Z&timeZone=Europe/Zurich");
        Assert.Equal([id], Ids(window));
        Assert.Equal("Europe/Zurich", (string)window["timeZone"]!);
        Assert.Equal(2, Ids(await cal.GetAsync(Events)).Length);
        Assert.Equal(["Lunch"], (await cal.GetAsync($"{Events}?q=LUNCH"))["items"]!.AsArray().Select(i => (string)i!["summary"]!));

        var first = await cal.GetAsync($"{Events}?singleEvents=true&orderBy=startTime&maxResults=1");
        Assert.Equal([id], Ids(first));
        var second = await cal.GetAsync($"{Events}?singleEvents=true&orderBy=startTime&maxResults=1&pageToken={first["nextPageToken"]}");
        Assert.Equal(["Lunch"], second["items"]!.AsArray().Select(i => (string)i!["summary"]!));
        Assert.Null(second["nextPageToken"]);
        Assert.Equal("Design review", (string)(await cal.GetAsync($"{Events}/{id}"))["summary"]!);
        await cal.GetAsync($"{Events}?orderBy=startTime", 400);
        Assert.Empty(cal.Server.Violations);
    }

    [Fact]
    public async Task CalendarList_ShowsPrimaryAndAddedCalendars()
    {
        await using var cal = await CalendarApi.StartAsync();
        cal.Server.Calendar.SetTimeZone(Alice, "Europe/Berlin");
        cal.Server.Calendar.AddCalendar(Alice, "team@group.calendar.google.com", "Team", "America/New_York", "reader");
        var list = await cal.GetAsync("calendar/v3/users/me/calendarList");
        Assert.Equal([Alice, "team@group.calendar.google.com"], Ids(list));
        Assert.True((bool)list["items"]![0]!["primary"]!);
        Assert.Equal("Europe/Berlin", (string)list["items"]![0]!["timeZone"]!);
        Assert.Single(Ids(await cal.GetAsync("calendar/v3/users/me/calendarList?minAccessRole=owner")));
        Assert.Equal("Team", (string)(await cal.GetAsync("calendar/v3/calendars/team@group.calendar.google.com"))["summary"]!);
        await cal.GetAsync("calendar/v3/calendars/nobody@example.com", 404);
        // A reader cannot write.
        await cal.PostAsync("calendar/v3/calendars/team@group.calendar.google.com/events",
            Event("x", Timed("2026-03-02T10:00:00Z"), Timed("2026-03-02T11:00:00Z")), 403);
    }

    [Theory]
    [InlineData("2026-03-02T11:00:00Z", "2026-03-02T10:00:00Z", null, null, "The specified time range is empty.")]
    [InlineData("2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z", "Mars/Olympus", null, "Invalid time zone definition")]
    [InlineData("2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z", "Europe/Paris", "RRULE:FREQ=SOMETIMES", "Invalid recurrence rule.")]
    [InlineData("2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z", "Europe/Paris", "RRULE:FREQ=WEEKLY;BYDAY=XX", "Invalid recurrence rule.")]
    [InlineData("2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z", null, "RRULE:FREQ=WEEKLY", "Missing time zone definition for start time.")]
    public async Task Insert_RefusesWhatGoogleRefuses(string start, string end, string? zone, string? rule, string message)
    {
        await using var cal = await CalendarApi.StartAsync();
        var e = Event("Bad", Timed(start, zone), Timed(end), rule is null ? [] : [rule]);
        var error = await cal.PostAsync(Events, e, 400);
        Assert.Contains(message, (string)error["error"]!["message"]!);
        Assert.Empty(cal.Server.Calendar.Events(Alice, "primary"));
        Assert.Empty(cal.Server.Violations);
    }

    [Fact]
    public async Task QuickAdd_TakesTextAsSummary_OneHourFromNow()
    {
        await using var cal = await CalendarApi.StartAsync();
        var before = DateTimeOffset.UtcNow;
        var e = await cal.SendAsync(HttpMethod.Post, $"{Events}/quickAdd?text=Call%20the%20plumber");
        Assert.Equal("Call the plumber", (string)e["summary"]!);
        var start = DateTimeOffset.Parse((string)e["start"]!["dateTime"]!, System.Globalization.CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse((string)e["end"]!["dateTime"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(start, before.AddHours(1).AddSeconds(-1), DateTimeOffset.UtcNow.AddHours(1).AddSeconds(1));
        Assert.Equal(TimeSpan.FromHours(1), end - start);
        Assert.Single(cal.Server.Calendar.Events(Alice, "primary"));
    }

    [Fact]
    public async Task Move_TakesTheEventToTheDestinationCalendar()
    {
        await using var cal = await CalendarApi.StartAsync();
        cal.Server.Calendar.AddCalendar(Alice, "work@group.calendar.google.com", "Work", "UTC");
        var id = cal.Server.Calendar.AddEvent(Alice, "primary", Event("Offsite", Timed("2026-03-02T10:00:00Z"), Timed("2026-03-02T11:00:00Z")));
        var moved = await cal.SendAsync(HttpMethod.Post, $"{Events}/{id}/move?destination=work%40group.calendar.google.com");
        Assert.Equal("work@group.calendar.google.com", (string)moved["organizer"]!["email"]!);
        Assert.Empty(cal.Server.Calendar.Events(Alice, "primary"));
        Assert.Equal(id, (string)cal.Server.Calendar.Events(Alice, "work@group.calendar.google.com").Single()["id"]!);
        await cal.GetAsync($"{Events}/{id}", 404);
        await cal.SendAsync(HttpMethod.Post, $"{Events}/{id}/move?destination=nowhere", expectedStatus: 404);
    }

    [Fact]
    public async Task Patch_StoresAttendeeResponses_AndUpdateReplaces()
    {
        await using var cal = await CalendarApi.StartAsync();
        var e = Event("Sync", Timed("2026-03-02T10:00:00Z"), Timed("2026-03-02T11:00:00Z"));
        e["attendees"] = new JsonArray(new JsonObject { ["email"] = Bob }, new JsonObject { ["email"] = Alice, ["self"] = true });
        e["location"] = "Room 1";
        var id = (string)(await cal.PostAsync(Events, e))["id"]!;
        var patched = await cal.SendAsync(HttpMethod.Patch, $"{Events}/{id}", new JsonObject
        {
            ["attendees"] = new JsonArray(new JsonObject { ["email"] = Bob }, new JsonObject { ["email"] = Alice, ["self"] = true, ["responseStatus"] = "accepted" }),
        });
        Assert.Equal("Room 1", (string)patched["location"]!);
        Assert.Equal("needsAction", (string)patched["attendees"]![0]!["responseStatus"]!);
        Assert.Equal("accepted", (string)cal.Server.Calendar.Events(Alice, "primary").Single()["attendees"]![1]!["responseStatus"]!);

        var updated = await cal.SendAsync(HttpMethod.Put, $"{Events}/{id}", Event("Sync v2", Timed("2026-03-02T10:00:00Z"), Timed("2026-03-02T10:30:00Z")));
        Assert.Null(updated["location"]);
        Assert.Equal(id, (string)updated["id"]!);
        await cal.SendAsync(HttpMethod.Put, $"{Events}/{id}", Event("Bad", Timed("2026-03-02T10:00:00Z"), Timed("2026-03-02T09:30:00Z")), 400);
        await cal.SendAsync(HttpMethod.Delete, $"{Events}/{id}", expectedStatus: 204);
        Assert.Empty(cal.Server.Calendar.Events(Alice, "primary"));
    }
}
