using System.Text.Json.Nodes;
using McpServers.FakeGoogle;

namespace McpServers.Calendar.Tests;

public sealed class CalendarToolTests
{
    private const string Work = GoogleServerHarness.Work;
    private static readonly IReadOnlyList<string> Scopes = ["https://www.googleapis.com/auth/calendar", "https://www.googleapis.com/auth/contacts.readonly"];

    private static Task<GoogleServerHarness> StartAsync(string zone = "America/New_York") =>
        GoogleServerHarness.StartAsync("McpServers.Calendar", "mcp-calendar", Scopes, prepare: (google, _) =>
        {
            google.Calendar.SetTimeZone(Work, zone);
            google.Calendar.SetTimeZone(GoogleServerHarness.Home, "Europe/Berlin");
            return Task.FromResult(new Dictionary<string, string?>());
        });

    [Fact]
    public async Task CreateEvent_TimeWithoutOffset_IsTheCalendarsLocalTime_AndAWeeklySeriesKeepsItAcrossDst()
    {
        await using var calendar = await StartAsync();

        var created = await calendar.OkAsync("create_event", new
        {
            summary = "Standup", start = "2026-03-03T09:00", end = "2026-03-03T09:15", recurrence = new[] { "RRULE:FREQ=WEEKLY;COUNT=3" },
        });
        var listed = await calendar.OkAsync("list_events", new { timeMin = "2026-03-01T00:00", timeMax = "2026-03-31T00:00" });

        Assert.Equal("2026-03-03T09:00:00-05:00", (string?)created["start"]);
        var starts = listed["events"]!.AsArray().Select(e => (string?)e!["start"]).ToList();
        Assert.Equal(["2026-03-03T09:00:00-05:00", "2026-03-10T09:00:00-04:00", "2026-03-17T09:00:00-04:00"], starts); // DST began on 8 March
        Assert.All(listed["events"]!.AsArray(), e => Assert.Equal((string?)created["id"], (string?)e!["recurringEventId"]));
        Assert.Equal("America/New_York", (string?)listed["timeZone"]);
    }

    [Fact]
    public async Task CreateEvent_AllDay_IsADate_NotMidnightUtc()
    {
        await using var calendar = await StartAsync();

        var created = await calendar.OkAsync("create_event", new { summary = "Holiday", start = "2026-07-03", end = "2026-07-04" });

        Assert.True((bool)created["allDay"]!);
        Assert.Equal("2026-07-03", (string?)created["start"]);
        var stored = Assert.Single(calendar.Google.Calendar.Events(Work, Work));
        Assert.Equal("2026-07-03", (string?)stored["start"]!["date"]);
        Assert.Null(stored["start"]!["dateTime"]);
    }

    [Fact]
    public async Task BadInput_IsAClearError()
    {
        await using var calendar = await StartAsync();

        Assert.Contains("must be after start", await calendar.ErrorAsync("create_event", new { summary = "x", start = "2026-05-01T10:00", end = "2026-05-01T09:00" }));
        Assert.Contains("'Mars/Olympus' is not a time zone", await calendar.ErrorAsync("create_event", new { summary = "x", start = "2026-05-01T10:00", end = "2026-05-01T11:00", timeZone = "Mars/Olympus" }));
        Assert.Contains("does not exist in America/New_York", await calendar.ErrorAsync("create_event", new { summary = "x", start = "2026-03-08T02:30", end = "2026-03-08T04:00" }));
        Assert.Contains("is not an RRULE", await calendar.ErrorAsync("create_event", new { summary = "x", start = "2026-05-01T10:00", end = "2026-05-01T11:00", recurrence = new[] { "every tuesday" } }));
        Assert.Contains("Invalid recurrence rule", await calendar.ErrorAsync("create_event", new { summary = "x", start = "2026-05-01T10:00", end = "2026-05-01T11:00", recurrence = new[] { "RRULE:FREQ=SOMETIMES" } }));
        Assert.Contains("calendar 'nope' was not found", await calendar.ErrorAsync("list_events", new { timeMin = "2026-05-01T00:00", timeMax = "2026-05-02T00:00", calendarIds = new[] { "nope" } }));
    }

    [Fact]
    public async Task DeleteEvent_ThisOccurrence_TheFollowingOnes_OrTheWholeSeries()
    {
        await using var calendar = await StartAsync();
        await calendar.OkAsync("create_event", new { summary = "Gym", start = "2026-05-04T18:00", end = "2026-05-04T19:00", recurrence = new[] { "RRULE:FREQ=DAILY;COUNT=5" } });
        var window = new { timeMin = "2026-05-01T00:00", timeMax = "2026-05-31T00:00" };
        var occurrences = (await calendar.OkAsync("list_events", window))["events"]!.AsArray();

        await calendar.OkAsync("delete_event", new { eventId = (string)occurrences[4]!["id"]!, scope = "following" });
        await calendar.OkAsync("delete_event", new { eventId = (string)occurrences[1]!["id"]!, scope = "this" });
        var afterOne = (await calendar.OkAsync("list_events", window))["events"]!.AsArray().Select(e => (string?)e!["start"]).ToList();
        await calendar.OkAsync("delete_event", new { eventId = (string)occurrences[0]!["id"]!, scope = "all" });
        var afterAll = (await calendar.OkAsync("list_events", window))["events"]!.AsArray();

        Assert.Equal(["2026-05-04T18:00:00-04:00", "2026-05-06T18:00:00-04:00", "2026-05-07T18:00:00-04:00"], afterOne);
        Assert.Empty(afterAll);
    }

    [Fact]
    public async Task RespondToEvent_ChangesOnlyTheCallersAttendeeEntry()
    {
        await using var calendar = await StartAsync();
        var id = calendar.Google.Calendar.AddEvent(Work, Work, JsonNode.Parse("""
            {"summary":"Review","start":{"dateTime":"2026-05-05T10:00:00-04:00"},"end":{"dateTime":"2026-05-05T11:00:00-04:00"},
             "organizer":{"email":"grace@example.org"},
             "attendees":[{"email":"grace@example.org","responseStatus":"accepted"},{"email":"ada@example.com","responseStatus":"needsAction","self":true},
                          {"email":"alan@example.org","responseStatus":"needsAction"}]}
            """)!.AsObject());

        var answered = await calendar.OkAsync("respond_to_event", new { eventId = id, response = "tentative", comment = "May be late" });

        var statuses = answered["attendees"]!.AsArray().ToDictionary(a => (string)a!["email"]!, a => (string?)a!["responseStatus"]);
        Assert.Equal("tentative", statuses["ada@example.com"]);
        Assert.Equal("accepted", statuses["grace@example.org"]);
        Assert.Equal("needsAction", statuses["alan@example.org"]);
    }

    [Fact]
    public async Task ListEvents_AcrossTwoAccounts_ShowsThePersonsWholeDay_InStartOrder()
    {
        await using var calendar = await StartAsync();
        await calendar.OkAsync("create_event", new { summary = "Work call", start = "2026-05-05T10:00", end = "2026-05-05T11:00" });
        await calendar.OkAsync("create_event", new { summary = "Dentist", start = "2026-05-05T15:00", end = "2026-05-05T16:00", account = "home" });

        var day = await calendar.OkAsync("list_events", new { timeMin = "2026-05-05T00:00:00-04:00", timeMax = "2026-05-06T00:00:00-04:00", accounts = new[] { "home", "work" } });

        var events = day["events"]!.AsArray().Select(e => ((string?)e!["summary"], (string?)e["account"])).ToList();
        Assert.Equal([("Dentist", "home"), ("Work call", "work")], events); // 15:00 Berlin is 09:00 New York, before 10:00
    }

    [Fact]
    public async Task GetFreeBusy_AndCurrentTime_AndCalendars()
    {
        await using var calendar = await StartAsync();
        await calendar.OkAsync("create_event", new { summary = "Busy", start = "2026-05-05T10:00", end = "2026-05-05T11:00" });

        var freeBusy = await calendar.OkAsync("get_freebusy", new { items = new[] { Work, "nobody@example.org" }, timeMin = "2026-05-05T00:00", timeMax = "2026-05-06T00:00" });
        var now = await calendar.OkAsync("get_current_time", new { timeZone = "Asia/Tokyo" });
        var calendars = await calendar.OkAsync("list_calendars", new { });

        var mine = freeBusy["calendars"]!.AsArray().Single(c => (string?)c!["id"] == Work)!;
        Assert.Single(mine["busy"]!.AsArray());
        Assert.NotNull(freeBusy["calendars"]!.AsArray().Single(c => (string?)c!["id"] == "nobody@example.org")!["error"]);
        Assert.EndsWith("+09:00", (string?)now["now"]);
        Assert.Equal("America/New_York", (string?)now["accountTimeZone"]);
        Assert.Contains(calendars["calendars"]!.AsArray(), c => (string?)c!["id"] == Work && (bool)c["primary"]!);
    }

    [Fact]
    public async Task CreateEvent_WithMeetLinkRemindersOptionalGuestsAndPermissions_SendsWhatGoogleNeeds()
    {
        await using var calendar = await StartAsync();

        var created = await calendar.OkAsync("create_event", new
        {
            summary = "Planning", start = "2026-05-05T10:00", end = "2026-05-05T11:00", attendees = new[] { "grace@example.org" },
            optionalAttendees = new[] { "alan@example.org" }, remindersMinutes = new[] { 10, 0 }, addMeetLink = true, guestsCanModify = true,
        });
        var badGuest = await calendar.ErrorAsync("create_event", new { summary = "x", start = "2026-05-05T10:00", end = "2026-05-05T11:00", attendees = new[] { "grace" } });

        var insert = calendar.Google.Requests.Last(r => r.Method == "POST" && r.Path.EndsWith("/events", StringComparison.Ordinal));
        Assert.Equal("1", insert.QueryValue("conferenceDataVersion"));
        var body = insert.BodyJson()!;
        Assert.Equal("hangoutsMeet", (string?)body["conferenceData"]!["createRequest"]!["conferenceSolutionKey"]!["type"]);
        Assert.False((bool)body["reminders"]!["useDefault"]!);
        Assert.Equal([10, 0], body["reminders"]!["overrides"]!.AsArray().Select(o => (int)o!["minutes"]!));
        Assert.True((bool)body["guestsCanModify"]!);
        Assert.True((bool)body["attendees"]![1]!["optional"]!);
        Assert.Equal([10, 0], created["remindersMinutes"]!.AsArray().Select(m => (int)m!));
        Assert.Contains("'grace' is not an email address", badGuest);
    }

    [Fact]
    public async Task ListEvents_ReadsEveryPage_NotJustTheFirst_AndGetEventReadsOneOccurrence()
    {
        await using var calendar = await StartAsync();
        await calendar.OkAsync("create_event", new { summary = "Daily", start = "2026-01-01T08:00", end = "2026-01-01T08:10", recurrence = new[] { "RRULE:FREQ=DAILY;COUNT=240" } });

        var all = await calendar.OkAsync("list_events", new { timeMin = "2026-01-01T00:00", timeMax = "2027-01-01T00:00" });
        var tenth = all["events"]!.AsArray()[9]!;
        var one = await calendar.OkAsync("get_event", new { eventId = (string)tenth["id"]! });

        Assert.Equal(240, all["events"]!.AsArray().Count);
        Assert.Null(all["note"]);
        Assert.Equal(3, calendar.Google.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/events", StringComparison.Ordinal)));
        Assert.Equal("2026-01-10T08:00:00-05:00", (string?)one["start"]);
        Assert.Equal((string?)tenth["recurringEventId"], (string?)one["recurringEventId"]);
    }

    [Fact]
    public async Task GetFreeBusy_ForMoreThanGooglesFiftyCalendars_AsksInSeveralRequests()
    {
        await using var calendar = await StartAsync();
        var people = Enumerable.Range(0, 60).Select(i => $"person{i}@example.org").Prepend(Work).ToList();

        var freeBusy = await calendar.OkAsync("get_freebusy", new { items = people, timeMin = "2026-05-05T00:00", timeMax = "2026-05-06T00:00" });

        Assert.Equal(61, freeBusy["calendars"]!.AsArray().Count);
        Assert.Equal(2, calendar.Google.Requests.Count(r => r.Path.EndsWith("/freeBusy", StringComparison.Ordinal)));
    }
}
