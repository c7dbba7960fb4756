using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.Calendar.CalendarApi;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Calendar;

public sealed class RecurrenceTests
{
    private const string NewYork = "America/New_York";

    // Mondays 09:00 New York from 2 March 2026; DST starts on 8 March, so the UTC time moves from 14:00 to 13:00.
    private static async Task<(CalendarApi Cal, string Id)> WeeklyAsync(string rule = "RRULE:FREQ=WEEKLY;COUNT=4")
    {
        var cal = await CalendarApi.StartAsync();
        var created = await cal.PostAsync(Events,
            Event("Standup", Timed("2026-03-02T09:00:00-05:00", NewYork), Timed("2026-03-02T09:30:00-05:00", NewYork), rule));
        return (cal, (string)created["id"]!);
    }

    [Fact]
    public async Task Weekly_AcrossDst_KeepsLocalTime()
    {
        var (cal, id) = await WeeklyAsync();
        await using var _ = cal;
        var list = await cal.GetAsync($"{Events}?singleEvents=true&orderBy=startTime");
        Assert.Equal(["2026-03-02T09:00:00-05:00", "2026-03-09T09:00:00-04:00", "2026-03-16T09:00:00-04:00", "2026-03-23T09:00:00-04:00"], Starts(list));
        Assert.Equal($"{id}_20260302T140000Z", Ids(list)[0]);
        Assert.Equal($"{id}_20260309T130000Z", Ids(list)[1]);
        Assert.Equal("2026-03-09T09:30:00-04:00", (string)list["items"]![1]!["end"]!["dateTime"]!);

        var unexpanded = await cal.GetAsync(Events);
        Assert.Equal([id], Ids(unexpanded));
        Assert.Equal("RRULE:FREQ=WEEKLY;COUNT=4", (string)unexpanded["items"]![0]!["recurrence"]![0]!);
        Assert.Empty(cal.Server.Violations);
    }

    [Fact]
    public async Task Instances_HaveGoogleIds_RecurringEventId_AndOriginalStart()
    {
        var (cal, id) = await WeeklyAsync("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=2;UNTIL=20260331T235959Z");
        await using var _ = cal;
        var instances = await cal.GetAsync($"{Events}/{id}/instances?timeMin=2026-03-01T00:00:00Z&timeMax=2026-04-30T00:00:00Z");
        Assert.Equal(["2026-03-02T09:00:00-05:00", "2026-03-04T09:00:00-05:00", "2026-03-16T09:00:00-04:00", "2026-03-18T09:00:00-04:00",
            "2026-03-30T09:00:00-04:00"], Starts(instances));
        var second = instances["items"]![1]!;
        Assert.Equal($"{id}_20260304T140000Z", (string)second["id"]!);
        Assert.Equal(id, (string)second["recurringEventId"]!);
        Assert.Equal("2026-03-04T09:00:00-05:00", (string)second["originalStartTime"]!["dateTime"]!);
        Assert.Equal(NewYork, (string)second["originalStartTime"]!["timeZone"]!);
        Assert.Null(second["recurrence"]);

        var got = await cal.GetAsync($"{Events}/{id}_20260316T130000Z");
        Assert.Equal(id, (string)got["recurringEventId"]!);
        await cal.GetAsync($"{Events}/{id}_20260317T130000Z", 404);
        var window = await cal.GetAsync($"{Events}/{id}/instances?timeMin=2026-03-10T00:00:00Z&timeMax=2026-03-17T00:00:00Z");
        Assert.Equal([$"{id}_20260316T130000Z"], Ids(window));
    }

    [Fact]
    public async Task PatchOfOneInstance_StoresAnException()
    {
        var (cal, id) = await WeeklyAsync();
        await using var _ = cal;
        var instanceId = $"{id}_20260309T130000Z";
        var patched = await cal.SendAsync(HttpMethod.Patch, $"{Events}/{instanceId}", new JsonObject
        {
            ["summary"] = "Standup (moved)",
            ["start"] = Timed("2026-03-09T10:00:00-04:00", NewYork),
            ["end"] = Timed("2026-03-09T10:30:00-04:00", NewYork),
        });
        Assert.Equal(instanceId, (string)patched["id"]!);
        Assert.Equal(id, (string)patched["recurringEventId"]!);

        var list = await cal.GetAsync($"{Events}?singleEvents=true&orderBy=startTime");
        Assert.Equal(["Standup", "Standup (moved)", "Standup", "Standup"], list["items"]!.AsArray().Select(i => (string)i!["summary"]!));
        Assert.Equal("2026-03-09T10:00:00-04:00", Starts(list)[1]);
        Assert.Equal("2026-03-09T09:00:00-04:00", (string)list["items"]![1]!["originalStartTime"]!["dateTime"]!);
        var stored = cal.Server.Calendar.Events(Alice, "primary");
        Assert.Equal(2, stored.Count);
        Assert.Equal("RRULE:FREQ=WEEKLY;COUNT=4", (string)stored[0]["recurrence"]![0]!);
        Assert.Equal(id, (string)stored[1]["recurringEventId"]!);
    }

    [Fact]
    public async Task PatchingMasterRecurrence_WithUntil_TruncatesTheSeries()
    {
        var (cal, id) = await WeeklyAsync("RRULE:FREQ=WEEKLY");
        await using var _ = cal;
        await cal.SendAsync(HttpMethod.Patch, $"{Events}/{id}_20260323T130000Z", new JsonObject { ["summary"] = "Late one" });
        // "This and following" on Google is: end the series before the chosen occurrence.
        await cal.SendAsync(HttpMethod.Patch, $"{Events}/{id}", new JsonObject
        {
            ["recurrence"] = new JsonArray("RRULE:FREQ=WEEKLY;UNTIL=20260316T035959Z"),
        });
        var list = await cal.GetAsync($"{Events}?singleEvents=true&timeMin=2026-03-01T00:00:00Z&timeMax=2026-06-01T00:00:00Z");
        Assert.Equal(["2026-03-02T09:00:00-05:00", "2026-03-09T09:00:00-04:00"], Starts(list));
        var stored = cal.Server.Calendar.Events(Alice, "primary").Single();
        Assert.Equal("RRULE:FREQ=WEEKLY;UNTIL=20260316T035959Z", (string)stored["recurrence"]![0]!);
    }

    [Fact]
    public async Task DeleteOfOneInstance_CancelsOnlyThatOccurrence()
    {
        var (cal, id) = await WeeklyAsync();
        await using var _ = cal;
        await cal.SendAsync(HttpMethod.Delete, $"{Events}/{id}_20260316T130000Z", expectedStatus: 204);
        var list = await cal.GetAsync($"{Events}?singleEvents=true&orderBy=startTime");
        Assert.Equal(["2026-03-02T09:00:00-05:00", "2026-03-09T09:00:00-04:00", "2026-03-23T09:00:00-04:00"], Starts(list));
        var withDeleted = await cal.GetAsync($"{Events}?singleEvents=true&showDeleted=true");
        Assert.Equal("cancelled", (string)withDeleted["items"]!.AsArray().Single(i => (string)i!["id"]! == $"{id}_20260316T130000Z")!["status"]!);
        await cal.SendAsync(HttpMethod.Delete, $"{Events}/{id}_20260316T130000Z", expectedStatus: 410);

        await cal.SendAsync(HttpMethod.Delete, $"{Events}/{id}", expectedStatus: 204);
        Assert.Empty(cal.Server.Calendar.Events(Alice, "primary"));
    }

    [Fact]
    public async Task Exdate_Monthly_Daily_AndAllDay_Expand()
    {
        await using var cal = await CalendarApi.StartAsync();
        var c = cal.Server.Calendar;
        var monthly = c.AddEvent(Alice, "primary", Event("Review", Timed("2026-01-13T15:00:00Z", "UTC"), Timed("2026-01-13T16:00:00Z", "UTC"),
            "RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3"));
        var daily = c.AddEvent(Alice, "primary", Event("Gym", Timed("2026-02-02T07:00:00+01:00", "Europe/Berlin"), Timed("2026-02-02T08:00:00+01:00", "Europe/Berlin"),
            "RRULE:FREQ=DAILY;INTERVAL=2;COUNT=4", "EXDATE;TZID=Europe/Berlin:20260204T070000"));
        var allDay = c.AddEvent(Alice, "primary", Event("Holiday", new JsonObject { ["date"] = "2026-05-01" }, new JsonObject { ["date"] = "2026-05-02" },
            "RRULE:FREQ=YEARLY;COUNT=2"));

        Assert.Equal(["2026-01-13T15:00:00Z", "2026-02-10T15:00:00Z", "2026-03-10T15:00:00Z"], Starts(await cal.GetAsync($"{Events}/{monthly}/instances")));
        Assert.Equal(["2026-02-02T07:00:00+01:00", "2026-02-06T07:00:00+01:00", "2026-02-08T07:00:00+01:00"], Starts(await cal.GetAsync($"{Events}/{daily}/instances")));
        var holidays = await cal.GetAsync($"{Events}/{allDay}/instances");
        Assert.Equal(["2026-05-01", "2027-05-01"], Starts(holidays));
        Assert.Equal($"{allDay}_20260501", Ids(holidays)[0]);
        Assert.Equal("2026-05-02", (string)holidays["items"]![0]!["end"]!["date"]!);
    }
}
