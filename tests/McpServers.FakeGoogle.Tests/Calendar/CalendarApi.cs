using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Calendar;

/// <summary>A started fake with Alice and Bob holding calendar tokens, and JSON helpers for calendar/v3 calls.</summary>
internal sealed class CalendarApi : IAsyncDisposable
{
    public const string Scope = "https://www.googleapis.com/auth/calendar";
    public const string Events = "calendar/v3/calendars/primary/events";

    private CalendarApi(GoogleApi api)
    {
        Api = api;
        Http = api.Client("ya29.alice.calendar");
    }

    public GoogleApi Api { get; }

    public FakeGoogleServer Server => Api.Server;

    public HttpClient Http { get; }

    public static async Task<CalendarApi> StartAsync()
    {
        var api = await GoogleApi.StartAsync();
        api.Server.AddAccount(Alice, "ya29.alice.calendar", Scope);
        api.Server.AddAccount(Bob, "ya29.bob.calendar", Scope);
        return new CalendarApi(api);
    }

    public async Task<JsonObject> GetAsync(string path, int expectedStatus = 200) => await Api.GetAsync(path, expectedStatus, Http);

    public async Task<JsonObject> PostAsync(string path, JsonNode body, int expectedStatus = 200) =>
        await Api.PostJsonAsync(path, body, expectedStatus, Http);

    public async Task<JsonObject> SendAsync(HttpMethod method, string path, JsonNode? body = null, int expectedStatus = 200) =>
        await JsonAsync(await Http.SendAsync(new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) }), expectedStatus);

    public static JsonObject Timed(string dateTime, string? zone = null)
    {
        var time = new JsonObject { ["dateTime"] = dateTime };
        if (zone is not null) time["timeZone"] = zone;
        return time;
    }

    public static JsonObject Event(string summary, JsonObject start, JsonObject end, params string[] recurrence)
    {
        var e = new JsonObject { ["summary"] = summary, ["start"] = start, ["end"] = end };
        if (recurrence.Length > 0) e["recurrence"] = new JsonArray(recurrence.Select(r => (JsonNode)r).ToArray());
        return e;
    }

    public static string[] Ids(JsonObject list) => list["items"]!.AsArray().Select(i => (string)i!["id"]!).ToArray();

    public static string[] Starts(JsonObject list) =>
        list["items"]!.AsArray().Select(i => (string?)i!["start"]!["dateTime"] ?? (string)i["start"]!["date"]!).ToArray();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Api.DisposeAsync();
    }
}
