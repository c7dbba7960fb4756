using McpServers.Hosting.CommandLine;

namespace McpServers.Hosting;

/// <summary>The values of a server's options after the command line and the environment were read (the command line wins).</summary>
public sealed class ServerSettings
{
    private readonly Dictionary<ServerOption, (string Text, object Value)> _given;

    private ServerSettings(Dictionary<ServerOption, (string Text, object Value)> given) => _given = given;

    /// <summary>The option's value, or its default when it was not given.</summary>
    public T Get<T>(ServerOption<T> option) => _given.TryGetValue(option, out var given) ? (T)given.Value : option.Default;

    /// <summary>True when the option was given, on the command line or through its environment variable.</summary>
    public bool IsGiven(ServerOption option) => _given.ContainsKey(option);

    /// <summary>The option's text as it was given, or null (for passing an option on to a child process).</summary>
    public string? GetText(ServerOption option) => _given.TryGetValue(option, out var given) ? given.Text : null;

    /// <summary>Settings with no values: every option at its default.</summary>
    public static ServerSettings Empty { get; } = new([]);

    /// <summary>Settings from option texts, each parsed as the command line would be.</summary>
    /// <exception cref="UsageException">A text is not a valid value for its option.</exception>
    public static ServerSettings From(IEnumerable<KeyValuePair<ServerOption, string>> texts)
    {
        var given = new Dictionary<ServerOption, (string, object)>();
        foreach (var (option, text) in texts)
            given[option] = (text, option.Parse(text));
        return new ServerSettings(given);
    }

    /// <summary>These settings with <paramref name="option"/> given as <paramref name="text"/>.</summary>
    public ServerSettings With(ServerOption option, string text) =>
        From(_given.Select(g => KeyValuePair.Create(g.Key, g.Value.Text)).Where(g => g.Key != option).Append(KeyValuePair.Create(option, text)));
}
