using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.Calendar.CalendarApi;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Calendar;

public sealed class FreeBusyTests
{
    private static JsonObject Query(params string[] ids) => new()
    {
        ["timeMin"] = "2026-03-02T00:00:00Z",
        ["timeMax"] = "2026-03-10T00:00:00Z",
        ["items"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id }).ToArray()),
    };

    [Fact]
    public async Task FreeBusy_CountsOpaqueEventsAndInstances_ReportsUnknownCalendars()
    {
        await using var cal = await CalendarApi.StartAsync();
        var c = cal.Server.Calendar;
        c.AddEvent(Alice, "primary", Event("Daily", Timed("2026-03-02T09:00:00Z", "UTC"), Timed("2026-03-02T10:00:00Z", "UTC"), "RRULE:FREQ=DAILY;COUNT=2"));
        c.AddEvent(Alice, "primary", Event("Overlap", Timed("2026-03-02T09:30:00Z"), Timed("2026-03-02T11:00:00Z")));
        var free = Event("Reminder", Timed("2026-03-04T12:00:00Z"), Timed("2026-03-04T13:00:00Z"));
        free["transparency"] = "transparent";
        c.AddEvent(Alice, "primary", free);
        c.AddEvent(Bob, "primary", Event("Bob busy", Timed("2026-03-01T23:00:00Z"), Timed("2026-03-02T01:00:00Z")));

        var answer = await cal.PostAsync("calendar/v3/freeBusy", Query("primary", Bob, "ghost@example.com"));
        var aliceBusy = answer["calendars"]!["primary"]!["busy"]!.AsArray();
        Assert.Equal(["2026-03-02T09:00:00Z-2026-03-02T11:00:00Z", "2026-03-03T09:00:00Z-2026-03-03T10:00:00Z"],
            aliceBusy.Select(b => $"{b!["start"]}-{b["end"]}"));
        // Clipped to the window.
        Assert.Equal("2026-03-02T00:00:00Z", (string)answer["calendars"]![Bob]!["busy"]![0]!["start"]!);
        var ghost = answer["calendars"]!["ghost@example.com"]!;
        Assert.Equal("notFound", (string)ghost["errors"]![0]!["reason"]!);
        Assert.Equal("global", (string)ghost["errors"]![0]!["domain"]!);
        Assert.Empty(cal.Server.Violations);
    }

    [Fact]
    public async Task FreeBusy_MoreThanFiftyCalendars_IsRefused()
    {
        await using var cal = await CalendarApi.StartAsync();
        await cal.PostAsync("calendar/v3/freeBusy", Query(Enumerable.Range(0, 51).Select(i => $"c{i}@example.com").ToArray()), 400);
    }
}
