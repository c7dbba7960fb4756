using System.Globalization;
using McpServers.Hosting.CommandLine;

namespace McpServers.Hosting;

/// <summary>Values of a server's own options, after command line and environment were merged.</summary>
public sealed class ServerSettings
{
    private readonly IReadOnlyDictionary<string, string> _values;

    /// <summary>Creates settings from option names (without dashes) to values.</summary>
    public ServerSettings(IReadOnlyDictionary<string, string> values) => _values = values;

    /// <summary>The value of an option, or null when neither the flag nor its environment variable was set.</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>True when a flag option was given.</summary>
    public bool IsSet(string name) => _values.ContainsKey(name);

    /// <summary>A whole-number option, or null when not set.</summary>
    /// <exception cref="UsageException">The value is not a whole number of at least <paramref name="minimum"/>.</exception>
    public int? GetInt(string name, int minimum) =>
        Get(name) is not { } text ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum ? value
        : throw new UsageException($"--{name} '{text}' is not a whole number of at least {minimum}");

    /// <summary>A duration option (90s, 15m, 2h, ...), or null when not set.</summary>
    /// <exception cref="UsageException">The value is not a positive duration.</exception>
    public TimeSpan? GetDuration(string name) =>
        Get(name) is not { } text ? null
        : DurationParser.TryParse(text, out var value) && value > TimeSpan.Zero ? value
        : throw new UsageException($"--{name} '{text}' is not a positive duration (examples: 30s, 15m, 2h)");

    /// <summary>Settings with no values, for tests.</summary>
    public static ServerSettings Empty { get; } = new(new Dictionary<string, string>());
}
