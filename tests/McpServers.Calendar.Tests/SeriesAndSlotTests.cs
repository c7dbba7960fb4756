using McpServers.FakeGoogle;

namespace McpServers.Calendar.Tests;

public sealed class SeriesAndSlotTests
{
    private const string Work = GoogleServerHarness.Work;
    private static readonly IReadOnlyList<string> Scopes = ["https://www.googleapis.com/auth/calendar"];

    private static Task<GoogleServerHarness> StartAsync() =>
        GoogleServerHarness.StartAsync("McpServers.Calendar", "mcp-calendar", Scopes, prepare: (google, _) =>
        {
            google.Calendar.SetTimeZone(Work, "America/New_York");
            google.Calendar.AddCalendar(Work, "team@group.calendar.google.com", "Team", "America/New_York");
            return Task.FromResult(new Dictionary<string, string?>());
        });

    private static readonly object May = new { timeMin = "2026-05-01T00:00", timeMax = "2026-06-01T00:00" };

    [Fact]
    public async Task UpdateEvent_Following_OnTheThirdOccurrence_EndsTheSeriesBeforeIt_AndStartsANewOneFromIt()
    {
        await using var calendar = await StartAsync();
        var series = await calendar.OkAsync("create_event", new
        {
            summary = "1:1", start = "2026-05-05T10:00", end = "2026-05-05T10:30", recurrence = new[] { "RRULE:FREQ=WEEKLY;COUNT=5" },
        });
        var occurrences = (await calendar.OkAsync("list_events", May))["events"]!.AsArray();

        await calendar.OkAsync("update_event", new { eventId = (string)occurrences[2]!["id"]!, scope = "following", summary = "1:1 (new time)", start = "2026-05-19T14:00", end = "2026-05-19T14:30" });

        var master = calendar.Google.Calendar.Events(Work, Work).Single(e => (string?)e["id"] == (string?)series["id"]);
        Assert.Equal("RRULE:FREQ=WEEKLY;UNTIL=20260519T135959Z", (string?)master["recurrence"]![0]); // 10:00 EDT = 14:00Z, minus a second
        var after = (await calendar.OkAsync("list_events", May))["events"]!.AsArray().Select(e => ((string?)e!["summary"], (string?)e["start"])).ToList();
        Assert.Equal(
        [
            ("1:1", "2026-05-05T10:00:00-04:00"), ("1:1", "2026-05-12T10:00:00-04:00"),
            ("1:1 (new time)", "2026-05-19T14:00:00-04:00"), ("1:1 (new time)", "2026-05-26T14:00:00-04:00"),
        ], after);
    }

    [Fact]
    public async Task UpdateEvent_This_ChangesOneOccurrence_AndAll_MovesEveryOccurrence()
    {
        await using var calendar = await StartAsync();
        await calendar.OkAsync("create_event", new { summary = "Sync", start = "2026-05-04T09:00", end = "2026-05-04T09:30", recurrence = new[] { "RRULE:FREQ=DAILY;COUNT=3" } });
        var occurrences = (await calendar.OkAsync("list_events", May))["events"]!.AsArray();

        await calendar.OkAsync("update_event", new { eventId = (string)occurrences[1]!["id"]!, scope = "this", summary = "Sync (moved)", start = "2026-05-05T11:00", end = "2026-05-05T11:30" });
        var afterThis = (await calendar.OkAsync("list_events", May))["events"]!.AsArray().Select(e => ((string?)e!["summary"], (string?)e["start"])).ToList();
        await calendar.OkAsync("update_event", new { eventId = (string)occurrences[0]!["id"]!, scope = "all", start = "2026-05-04T08:00", end = "2026-05-04T08:30" });
        var afterAll = (await calendar.OkAsync("list_events", May))["events"]!.AsArray().Where(e => (string?)e!["summary"] == "Sync").Select(e => (string?)e!["start"]).ToList();

        Assert.Equal([("Sync", "2026-05-04T09:00:00-04:00"), ("Sync (moved)", "2026-05-05T11:00:00-04:00"), ("Sync", "2026-05-06T09:00:00-04:00")], afterThis);
        // Every occurrence of the series moved by the same hour (what becomes of a separately moved one is the service's rule).
        Assert.Contains("2026-05-04T08:00:00-04:00", afterAll);
        Assert.Contains("2026-05-06T08:00:00-04:00", afterAll);
        Assert.All(afterAll, start => Assert.EndsWith("T08:00:00-04:00", start));
    }

    [Fact]
    public async Task FindFreeSlots_ForBerlinAndNewYork_WithinBothWorkingDays_AroundTheirMeetings()
    {
        await using var calendar = await StartAsync();
        calendar.Google.AddAccount("kurt@example.de", "kurt-token", [.. Scopes]);
        calendar.Google.Calendar.SetTimeZone("kurt@example.de", "Europe/Berlin");
        await calendar.OkAsync("create_event", new { summary = "Standup", start = "2026-05-05T09:30", end = "2026-05-05T10:00" });
        calendar.Google.Calendar.AddEvent("kurt@example.de", "kurt@example.de", System.Text.Json.Nodes.JsonNode.Parse(
            """{"summary":"Kurt busy","start":{"dateTime":"2026-05-05T16:30:00+02:00"},"end":{"dateTime":"2026-05-05T17:00:00+02:00"}}""")!.AsObject());

        var found = await calendar.OkAsync("find_free_slots", new
        {
            attendees = new[] { new { email = Work, timeZone = "America/New_York" }, new { email = "kurt@example.de", timeZone = "Europe/Berlin" } },
            timeMin = "2026-05-05T00:00", timeMax = "2026-05-06T00:00", durationMinutes = 30,
        });

        // Shared working time: 09:00-11:00 New York = 15:00-17:00 Berlin; minus the standup (09:30-10:00) and Kurt's 16:30-17:00 Berlin.
        var starts = found["slots"]!.AsArray().Select(s => (string?)s!["start"]).ToList();
        Assert.Equal(["2026-05-05T09:00:00-04:00", "2026-05-05T10:00:00-04:00"], starts);
        Assert.Equal("2026-05-05T15:00:00+02:00", (string?)found["slots"]![0]!["localStarts"]![1]!["start"]);
    }

    [Fact]
    public async Task InstancesMoveQuickAddAndSearch()
    {
        await using var calendar = await StartAsync();
        var series = await calendar.OkAsync("create_event", new { summary = "Review", start = "2026-05-04T09:00", end = "2026-05-04T10:00", recurrence = new[] { "RRULE:FREQ=DAILY;COUNT=2" }, description = "quarterly numbers" });
        var single = await calendar.OkAsync("create_event", new { summary = "Offsite", start = "2026-05-20", end = "2026-05-21" });

        var instances = await calendar.OkAsync("list_event_instances", new { eventId = (string)series["id"]! });
        var moved = await calendar.OkAsync("move_event", new { eventId = (string)single["id"]!, destinationCalendarId = "team@group.calendar.google.com" });
        var quick = await calendar.OkAsync("quick_add_event", new { text = "Lunch with Grace" });
        var found = await calendar.OkAsync("search_events", new { query = "quarterly", timeMin = "2026-05-01T00:00", timeMax = "2026-06-01T00:00" });

        Assert.Equal(2, instances["events"]!.AsArray().Count);
        Assert.Equal("team@group.calendar.google.com", (string?)moved["calendarId"]);
        Assert.Single(calendar.Google.Calendar.Events(Work, "team@group.calendar.google.com"));
        Assert.Equal("Lunch with Grace", (string?)quick["summary"]);
        Assert.Equal(2, found["events"]!.AsArray().Count);
        Assert.All(found["events"]!.AsArray(), e => Assert.Equal("Review", (string?)e!["summary"]));
    }

    [Fact]
    public async Task MoveToAnUnknownCalendar_RespondWhenNotInvited_AndFollowingOnAOneOff_AreClearErrors()
    {
        await using var calendar = await StartAsync();
        var single = await calendar.OkAsync("create_event", new { summary = "Solo", start = "2026-05-05T10:00", end = "2026-05-05T11:00" });
        var id = (string)single["id"]!;

        Assert.Contains("was not found", await calendar.ErrorAsync("move_event", new { eventId = id, destinationCalendarId = "nope@group.calendar.google.com" }));
        Assert.Contains("is not among this event's attendees", await calendar.ErrorAsync("respond_to_event", new { eventId = id, response = "accepted" }));
        Assert.Contains("response: accepted, declined or tentative", await calendar.ErrorAsync("respond_to_event", new { eventId = id, response = "maybe" }));
        Assert.Contains("is not an occurrence of a recurring event", await calendar.ErrorAsync("delete_event", new { eventId = id, scope = "following" }));
        Assert.Contains("scope: this, following or all", await calendar.ErrorAsync("update_event", new { eventId = id, scope = "some" }));
        Assert.Single(calendar.Google.Calendar.Events(Work, Work)); // nothing changed
    }

    [Fact]
    public async Task SearchContacts_FindsAttendeesByName()
    {
        await using var calendar = await GoogleServerHarness.StartAsync("McpServers.Calendar", "mcp-calendar",
            [.. Scopes, "https://www.googleapis.com/auth/contacts.readonly", "https://www.googleapis.com/auth/contacts.other.readonly"]);
        calendar.Google.People.AddContact(Work, "Grace Hopper", "grace@example.org");

        var found = await calendar.OkAsync("search_contacts", new { query = "Grace" });

        Assert.Equal("grace@example.org", (string?)found["contacts"]![0]!["emails"]![0]);
    }
}
