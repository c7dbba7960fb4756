using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Calendar;

/// <summary>
/// One calendar of an account and its events as stored: single events, recurring masters (with recurrence) and
/// exceptions (edited or cancelled instances, id "&lt;masterId&gt;_&lt;start&gt;" with recurringEventId). Guarded by FakeCalendar.Gate.
/// </summary>
internal sealed class StoredCalendar(string id, string summary, string timeZone, string accessRole, bool primary)
{
    public string Id { get; } = id;
    public string Summary { get; } = summary;
    public string TimeZone { get; set; } = timeZone;
    public string AccessRole { get; } = accessRole;
    public bool Primary { get; } = primary;

    /// <summary>In insertion order.</summary>
    public List<JsonObject> Events { get; } = [];

    public TimeZoneInfo Zone => CalendarTime.Zone(TimeZone);

    public JsonObject? Find(string eventId) => Events.FirstOrDefault(e => (string?)e["id"] == eventId);

    public IEnumerable<JsonObject> ExceptionsOf(string masterId) => Events.Where(e => (string?)e["recurringEventId"] == masterId);

    /// <summary>Writes need owner or writer access, as on Google.</summary>
    public void RequireWriter()
    {
        if (AccessRole is not ("owner" or "writer"))
            throw new ApiException(403, "You need to have writer access to this calendar.", "requiredAccessLevel");
    }
}
