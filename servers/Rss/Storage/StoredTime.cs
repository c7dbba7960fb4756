using System.Globalization;

namespace McpServers.Rss.Storage;

/// <summary>Times as sortable UTC text in the database ("2026-11-21T10:00:00.000Z").</summary>
internal static class StoredTime
{
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? time) => time is { } t ? Format(t) : null;

    public static DateTimeOffset? Parse(object? value) =>
        value is string text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUniversalTime() : null;
}
