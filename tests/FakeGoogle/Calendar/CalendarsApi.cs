using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>calendarList.list and calendars.get over the account's calendars (primary first).</summary>
internal sealed class CalendarsApi(FakeCalendar fake)
{
    private static readonly string[] _roles = ["freeBusyReader", "reader", "writer", "owner"];

    public void Map(ApiRoutes routes)
    {
        routes.Map("calendar.calendarList.list", List);
        routes.Map("calendar.calendars.get", call =>
        {
            lock (fake.Gate)
            {
                var calendar = FakeCalendar.Calendar(fake.Account(call.Account), call.Path("calendarId"));
                return ApiResult.Ok(new JsonObject
                {
                    ["kind"] = "calendar#calendar",
                    ["etag"] = Etag(calendar),
                    ["id"] = calendar.Id,
                    ["summary"] = calendar.Summary,
                    ["timeZone"] = calendar.TimeZone,
                    ["conferenceProperties"] = new JsonObject { ["allowedConferenceSolutionTypes"] = new JsonArray("hangoutsMeet") },
                });
            }
        });
    }

    private ApiResult List(ApiCall call)
    {
        var minRole = Array.IndexOf(_roles, call.Query.Get("minAccessRole") ?? "freeBusyReader");
        lock (fake.Gate)
        {
            var entries = fake.Account(call.Account).Calendars.Where(c => Array.IndexOf(_roles, c.AccessRole) >= minRole).Select(Entry).ToArray();
            var (page, next) = PageToken.Page(entries, call.Query.Get("pageToken"), call.Query.GetInt("maxResults") ?? 100);
            var answer = new JsonObject
            {
                ["kind"] = "calendar#calendarList",
                ["etag"] = "\"p33c8pp1a6ruc80o\"",
                ["items"] = new JsonArray(page.Select(e => (JsonNode)e).ToArray()),
            };
            if (next is not null) answer["nextPageToken"] = next;
            return ApiResult.Ok(answer);
        }
    }

    private static JsonObject Entry(StoredCalendar calendar)
    {
        var entry = new JsonObject
        {
            ["kind"] = "calendar#calendarListEntry",
            ["etag"] = Etag(calendar),
            ["id"] = calendar.Id,
            ["summary"] = calendar.Summary,
            ["timeZone"] = calendar.TimeZone,
            ["colorId"] = calendar.Primary ? "14" : "7",
            ["backgroundColor"] = calendar.Primary ? "#9fe1e7" : "#42d692",
            ["foregroundColor"] = "#000000",
            ["selected"] = true,
            ["accessRole"] = calendar.AccessRole,
            ["defaultReminders"] = new JsonArray(),
        };
        if (calendar.Primary) entry["primary"] = true;
        return entry;
    }

    private static string Etag(StoredCalendar calendar) => $"\"{(uint)StringComparer.Ordinal.GetHashCode(calendar.Id + calendar.TimeZone)}\"";
}
