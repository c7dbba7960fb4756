using McpServers.Hosting.CommandLine;

namespace McpServers.Hosting;

/// <summary>
/// One command-line option, declared once: its name, what it does, its environment variable, its typed default and how its
/// text is read. Help lines, <c>--print-config</c> and parsing all come from this declaration. Create one with the
/// factories (<see cref="Text"/>, <see cref="Flag"/>, <see cref="Int"/>, <see cref="Size"/>, <see cref="Duration"/>,
/// <see cref="List"/>) and read its value with <see cref="ServerSettings.Get{T}"/>.
/// </summary>
public abstract class ServerOption
{
    private protected ServerOption(string name, string description, string? environmentVariable, string? defaultText)
    {
        Name = name;
        Description = description;
        EnvironmentVariable = environmentVariable;
        DefaultText = defaultText;
    }

    /// <summary>Name without dashes, e.g. <c>memory-file</c> for <c>--memory-file</c>.</summary>
    public string Name { get; }

    /// <summary>What the option does.</summary>
    public string Description { get; }

    /// <summary>Environment variable read when the option is not on the command line.</summary>
    public string? EnvironmentVariable { get; }

    /// <summary>The default as shown in help, or null when there is none worth showing.</summary>
    public string? DefaultText { get; }

    /// <summary>A switch that takes no value.</summary>
    public virtual bool IsFlag => false;

    /// <summary>The help line: description, default and environment variable.</summary>
    public string HelpText =>
        Description + (DefaultText is null ? "" : $" (default: {DefaultText})") + (EnvironmentVariable is null ? "" : $" [env: {EnvironmentVariable}]");

    /// <summary>Reads the option's text.</summary>
    /// <exception cref="CommandLine.UsageException">The text is not a valid value; the message names the option and what is allowed.</exception>
    internal abstract object Parse(string text);

    /// <summary>Free text; <paramref name="defaultValue"/> when not given.</summary>
    public static ServerOption<string?> Text(string name, string description, string? environmentVariable = null,
        string? defaultValue = null, string? defaultText = null) =>
        new(name, description, environmentVariable, defaultValue, defaultText ?? defaultValue, text => text);

    /// <summary>A switch: true when given (or its environment variable is 1/true/yes/on).</summary>
    public static ServerOption<bool> Flag(string name, string description, string? environmentVariable = null) =>
        new(name, description, environmentVariable, false, null, _ => true, isFlag: true);

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static ServerOption<int> Int(string name, string description, string? environmentVariable, int defaultValue,
        int minimum = 0, int maximum = int.MaxValue, string? defaultText = null) =>
        new(name, description, environmentVariable, defaultValue, defaultText ?? defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            text => OptionValueParsers.Int(name, text, minimum, maximum));

    /// <summary>A size in bytes, 64-bit: <c>1048576</c>, <c>512KiB</c>, <c>100MB</c>, <c>2GiB</c>; from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static ServerOption<long> Size(string name, string description, string? environmentVariable, long defaultValue, long minimum = 0,
        long maximum = long.MaxValue) =>
        new(name, description, environmentVariable, defaultValue, ByteSizeParser.Format(defaultValue),
            text => OptionValueParsers.Size(name, text, minimum, maximum));

    /// <summary>A positive duration: <c>90s</c>, <c>15m</c>, <c>2h</c>, <c>500ms</c>.</summary>
    public static ServerOption<TimeSpan> Duration(string name, string description, string? environmentVariable, TimeSpan defaultValue) =>
        new(name, description, environmentVariable, defaultValue, DurationParser.Format(defaultValue),
            text => OptionValueParsers.Duration(name, text));

    /// <summary>A comma-separated list; empty when not given.</summary>
    public static ServerOption<IReadOnlyList<string>> List(string name, string description, string? environmentVariable = null,
        string? defaultText = null) =>
        new(name, description, environmentVariable, [], defaultText, OptionValueParsers.List);

    /// <summary>One of a fixed set of words (case-insensitive), mapped to a value.</summary>
    public static ServerOption<T> Choice<T>(string name, string description, string? environmentVariable, T defaultValue, string defaultText,
        IReadOnlyDictionary<string, T> choices, string allowedText) =>
        new(name, description, environmentVariable, defaultValue, defaultText, text => OptionValueParsers.Choice(name, text, choices, allowedText));
}

/// <summary>An option whose value is a <typeparamref name="T"/>.</summary>
public sealed class ServerOption<T> : ServerOption
{
    private readonly Func<string, T> _parse;
    private readonly bool _isFlag;

    internal ServerOption(string name, string description, string? environmentVariable, T defaultValue, string? defaultText,
        Func<string, T> parse, bool isFlag = false)
        : base(name, description, environmentVariable, defaultText)
    {
        Default = defaultValue;
        _parse = parse;
        _isFlag = isFlag;
    }

    /// <summary>The value when the option is not given.</summary>
    public T Default { get; }

    /// <inheritdoc/>
    public override bool IsFlag => _isFlag;

    internal override object Parse(string text) => _parse(text)!;
}
