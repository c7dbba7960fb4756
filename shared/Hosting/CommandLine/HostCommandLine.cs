using System.CommandLine;

namespace McpServers.Hosting.CommandLine;

/// <summary>The command line of one server: the shared options plus the server's own, each read from its flag or its environment variable.</summary>
internal sealed class HostCommandLine
{
    private readonly List<(ServerOption Declared, Option Parsed)> _options = [];

    public HostCommandLine(McpServerDefinition definition)
    {
        Common = new CommonOptions(definition.DefaultPort);
        Root = new RootCommand(definition.Description);
        foreach (var declared in Common.All.Concat(definition.Options))
        {
            Option parsed = declared.IsFlag
                ? new Option<bool>("--" + declared.Name) { Description = declared.HelpText, Arity = ArgumentArity.Zero }
                : new Option<string>("--" + declared.Name) { Description = declared.HelpText, HelpName = "value" };
            _options.Add((declared, parsed));
            Root.Options.Add(parsed);
        }
        foreach (var command in definition.Commands)
            Root.Subcommands.Add(command);
    }

    public RootCommand Root { get; }

    public CommonOptions Common { get; }

    /// <summary>Every option's value: the flag when given, else its environment variable, else nothing (its default).</summary>
    /// <exception cref="UsageException">A value is not valid for its option.</exception>
    public ServerSettings Read(ParseResult result)
    {
        var texts = new List<KeyValuePair<ServerOption, string>>();
        foreach (var (declared, parsed) in _options)
        {
            var text = parsed switch
            {
                Option<bool> flag when result.GetResult(flag) is { Implicit: false } => result.GetValue(flag) ? "true" : null,
                Option<string> value when result.GetResult(value) is { Implicit: false } => result.GetValue(value),
                _ => FromEnvironment(declared),
            };
            if (!string.IsNullOrEmpty(text))
                texts.Add(KeyValuePair.Create(declared, text));
        }
        return ServerSettings.From(texts);
    }

    private static string? FromEnvironment(ServerOption option)
    {
        if (option.EnvironmentVariable is null || Environment.GetEnvironmentVariable(option.EnvironmentVariable) is not { Length: > 0 } value)
            return null;
        return option.IsFlag ? (OptionValueParsers.IsTrue(value) ? "true" : null) : value;
    }
}
