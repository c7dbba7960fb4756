using System.Globalization;

namespace McpServers.Hosting.CommandLine;

/// <summary>Parses durations written as <c>90</c> (seconds), <c>90s</c>, <c>15m</c>, <c>2h</c>, <c>500ms</c> or <c>00:15:00</c>.</summary>
public static class DurationParser
{
    /// <summary>Parses <paramref name="text"/> or returns false.</summary>
    public static bool TryParse(string text, out TimeSpan value)
    {
        text = text.Trim();
        (string number, double unitSeconds) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (text[..^2], 0.001),
            _ when text.EndsWith('s') || text.EndsWith('S') => (text[..^1], 1),
            _ when text.EndsWith('m') || text.EndsWith('M') => (text[..^1], 60),
            _ when text.EndsWith('h') || text.EndsWith('H') => (text[..^1], 3600),
            _ => (text, 1),
        };
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            value = TimeSpan.FromSeconds(amount * unitSeconds);
            return true;
        }
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero;
    }

    /// <summary>The shortest form that parses back to <paramref name="value"/>: 2h, 30m, 20s or 500ms.</summary>
    public static string Format(TimeSpan value) => value switch
    {
        _ when value.Ticks % TimeSpan.TicksPerHour == 0 && value > TimeSpan.Zero => $"{(long)value.TotalHours}h",
        _ when value.Ticks % TimeSpan.TicksPerMinute == 0 && value > TimeSpan.Zero => $"{(long)value.TotalMinutes}m",
        _ when value.Ticks % TimeSpan.TicksPerSecond == 0 => $"{(long)value.TotalSeconds}s",
        _ => $"{value.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms",
    };
}
