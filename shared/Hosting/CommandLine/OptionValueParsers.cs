using System.Globalization;
using McpServers.Hosting.CommandLine;

namespace McpServers.Hosting;

/// <summary>Reads option text into values, with messages that name the option and what it accepts.</summary>
internal static class OptionValueParsers
{
    public static int Int(string name, string text, int minimum, int maximum) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : throw new UsageException(maximum == int.MaxValue
                ? $"--{name} '{text}' is not a whole number of at least {minimum}"
                : $"--{name} '{text}' is not a whole number from {minimum} to {maximum}");

    public static long Size(string name, string text, long minimum, long maximum) =>
        ByteSizeParser.TryParse(text, out var value) && value >= minimum && value <= maximum
            ? value
            : throw new UsageException(maximum == long.MaxValue
                ? $"--{name} '{text}' is not a size of at least {minimum} bytes (examples: 1048576, 512KiB, 100MB, 2GiB)"
                : $"--{name} '{text}' is not a size from {minimum} to {maximum} bytes (examples: 1048576, 512KiB, 100MB)");

    public static TimeSpan Duration(string name, string text) =>
        DurationParser.TryParse(text, out var value) && value > TimeSpan.Zero
            ? value
            : throw new UsageException($"--{name} '{text}' is not a positive duration (examples: 90s, 30m, 2h)");

    public static IReadOnlyList<string> List(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static T Choice<T>(string name, string text, IReadOnlyDictionary<string, T> choices, string allowedText) =>
        choices.TryGetValue(text.Trim().ToLowerInvariant(), out var value)
            ? value
            : throw new UsageException($"--{name} '{text}' is not one of: {allowedText}");

    /// <summary>How environment variables spell a switch that is on.</summary>
    public static bool IsTrue(string value) => value.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on";
}
