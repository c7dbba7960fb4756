namespace McpServers.FakeGoogle.Calendar;

/// <summary>One original start of a recurring event: its instant, and for all-day events its date.</summary>
internal readonly record struct Occurrence(DateTimeOffset Start, DateOnly? Date)
{
    /// <summary>Google's instance id: "&lt;eventId&gt;_20260309T140000Z", or "&lt;eventId&gt;_20260309" for all-day events.</summary>
    public string InstanceId(string eventId) =>
        Date is { } date ? $"{eventId}_{date:yyyyMMdd}" : $"{eventId}_{CalendarTime.Basic(Start)}";
}
