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

    /// <summary>Settings with no values, for tests.</summary>
    public static ServerSettings Empty { get; } = new(new Dictionary<string, string>());
}
