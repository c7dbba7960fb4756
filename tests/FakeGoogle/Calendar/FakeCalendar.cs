using System.Text;
using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Calendar;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle;

/// <summary>Google Calendar in memory: per account a primary calendar (id = the email) plus added ones, with their events.</summary>
public sealed class FakeCalendar
{
    private readonly Dictionary<string, CalendarAccount> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private long _etag = 3_181_161_784_712_000;

    internal FakeCalendar(TimeProvider time) => Time = time;

    internal TimeProvider Time { get; }

    /// <summary>One lock for all calendars: requests are few and short, and moves span two calendars.</summary>
    internal object Gate { get; } = new();

    /// <summary>The account's time zone (IANA id), used by its primary calendar; "UTC" until set.</summary>
    public void SetTimeZone(string accountEmail, string timeZone)
    {
        RequireZone(timeZone);
        lock (Gate) Account(accountEmail).Primary.TimeZone = timeZone;
    }

    /// <summary>Adds (or replaces) a secondary calendar of the account; accessRole is owner, writer, reader or freeBusyReader.</summary>
    public void AddCalendar(string accountEmail, string calendarId, string summary, string timeZone, string accessRole = "owner")
    {
        RequireZone(timeZone);
        if (accessRole is not ("owner" or "writer" or "reader" or "freeBusyReader"))
            throw new ArgumentException($"unknown access role {accessRole}", nameof(accessRole));
        lock (Gate) Account(accountEmail).Add(new StoredCalendar(calendarId, summary, timeZone, accessRole, primary: false));
    }

    /// <summary>
    /// Copies of the calendar's stored events in insertion order: single events, recurring masters (with their
    /// recurrence lines) and exceptions (edited or cancelled instances, with recurringEventId).
    /// </summary>
    public IReadOnlyList<JsonObject> Events(string accountEmail, string calendarId)
    {
        lock (Gate) return Calendar(Account(accountEmail), calendarId).Events.Select(e => e.DeepClone().AsObject()).ToArray();
    }

    /// <summary>
    /// Stores an event as events.insert would (same checks, same added fields); returns its id. What Google would
    /// refuse throws (an exception carrying Google's status and message).
    /// </summary>
    public string AddEvent(string accountEmail, string calendarId, JsonObject resource)
    {
        lock (Gate)
        {
            var account = Account(accountEmail);
            return (string)Insert(account, Calendar(account, calendarId), resource, Time.GetUtcNow())["id"]!;
        }
    }

    internal void MapRoutes(ApiRoutes routes)
    {
        new CalendarsApi(this).Map(routes);
        new EventsApi(this).Map(routes);
        new EventWritesApi(this).Map(routes);
        new FreeBusyApi(this).Map(routes);
    }

    /// <summary>The account's calendars, created with its primary calendar on first use. Callers hold <see cref="Gate"/>.</summary>
    internal CalendarAccount Account(string email)
    {
        if (!_accounts.TryGetValue(email, out var account)) _accounts[email] = account = new CalendarAccount(email);
        return account;
    }

    internal void EnsureAccount(string email)
    {
        lock (Gate) Account(email);
    }

    internal bool HasAccount(string email) => _accounts.ContainsKey(email);

    /// <summary>A calendar of the account by id or "primary"; 404 otherwise.</summary>
    internal static StoredCalendar Calendar(CalendarAccount account, string calendarId) =>
        account.Find(calendarId) ?? throw ApiException.NotFound();

    internal string NextEtag() => $"\"{Interlocked.Add(ref _etag, 2000)}\"";

    /// <summary>Checks and stores a new event, adding the fields Google adds. Callers hold <see cref="Gate"/>.</summary>
    internal JsonObject Insert(CalendarAccount account, StoredCalendar calendar, JsonObject resource, DateTimeOffset now)
    {
        calendar.RequireWriter();
        EventChecks.Check(resource, calendar.Zone);
        var id = (string?)resource["id"];
        if (id is null) id = NewId();
        else if (id.Length is < 5 or > 1024 || !id.All(c => c is (>= 'a' and <= 'v') or (>= '0' and <= '9')))
            throw ApiException.BadRequest("Invalid resource id value.", "invalid");
        if (calendar.Find(id) is not null) throw new ApiException(409, "The requested identifier already exists.", "duplicate");

        var stored = resource.DeepClone().AsObject();
        stored["kind"] = "calendar#event";
        stored["etag"] = NextEtag();
        stored["id"] = id;
        stored["status"] = (string?)resource["status"] == "tentative" ? "tentative" : "confirmed";
        stored["htmlLink"] = HtmlLink(id, calendar.Id);
        stored["created"] = CalendarTime.Timestamp(now);
        stored["updated"] = CalendarTime.Timestamp(now);
        stored["creator"] = new JsonObject { ["email"] = account.Email, ["self"] = true };
        stored["organizer"] = Organizer(calendar, account);
        stored["iCalUID"] = (string?)resource["iCalUID"] ?? $"{id}@google.com";
        stored["sequence"] ??= 0;
        stored["reminders"] ??= new JsonObject { ["useDefault"] = true };
        stored["eventType"] ??= "default";
        DefaultResponses(stored);
        calendar.Events.Add(stored);
        return stored;
    }

    internal static JsonObject Organizer(StoredCalendar calendar, CalendarAccount account) => calendar.Primary
        ? new JsonObject { ["email"] = account.Email, ["self"] = true }
        : new JsonObject { ["email"] = calendar.Id, ["displayName"] = calendar.Summary, ["self"] = true };

    /// <summary>Attendees given without a responseStatus have not answered yet.</summary>
    internal static void DefaultResponses(JsonObject e)
    {
        if (e["attendees"] is not JsonArray attendees) return;
        foreach (var attendee in attendees.OfType<JsonObject>()) attendee["responseStatus"] ??= "needsAction";
    }

    // A test's typo in a zone should fail where it is made, not at a later request.
    private static void RequireZone(string timeZone)
    {
        if (!CalendarTime.IsZone(timeZone)) throw new ArgumentException($"not an IANA time zone: {timeZone}", nameof(timeZone));
    }

    // Event links carry base64 of "<eventId> <calendarId>" as eid, like Google's.
    private static string HtmlLink(string id, string calendarId) =>
        "https://www.google.com/calendar/event?eid=" + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id} {calendarId}")).TrimEnd('=');

    // Google's event ids are base32hex (a-v, 0-9); a Guid's 128 bits make 26 such characters.
    private static string NewId()
    {
        const string alphabet = "0123456789abcdefghijklmnopqrstuv";
        var bytes = Guid.NewGuid().ToByteArray();
        var id = new StringBuilder(26);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                id.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) id.Append(alphabet[(buffer << (5 - bits)) & 31]);
        return id.ToString();
    }
}
