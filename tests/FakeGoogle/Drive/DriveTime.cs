using System.Globalization;

namespace McpServers.FakeGoogle.Drive;

/// <summary>Drive's timestamps: RFC 3339 in UTC with milliseconds ("2026-01-15T09:30:00.000Z").</summary>
internal static class DriveTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A time in a query ("2026-01-15T09:30:00" is UTC when no offset is given), or null when it is not one.</summary>
    public static DateTimeOffset? Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time : null;
}
