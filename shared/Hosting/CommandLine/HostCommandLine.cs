using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace McpServers.Hosting.CommandLine;

/// <summary>The command line of one server: shared options plus the server's own, and how to read them.</summary>
internal sealed class HostCommandLine
{
    private readonly McpServerDefinition _definition;
    private readonly Dictionary<ServerOption, Option> _serverOptions = [];

    public HostCommandLine(McpServerDefinition definition)
    {
        _definition = definition;
        Root = new RootCommand(definition.Description);
        foreach (var option in Common.All)
            Root.Options.Add(option);
        foreach (var serverOption in definition.Options)
        {
            var description = OptionText.Describe(serverOption.Description, serverOption.EnvironmentVariable, serverOption.DefaultDescription);
            Option option = serverOption.IsFlag
                ? new Option<bool>("--" + serverOption.Name) { Description = description, Arity = ArgumentArity.Zero }
                : new Option<string>("--" + serverOption.Name) { Description = description, HelpName = "value" };
            _serverOptions[serverOption] = option;
            Root.Options.Add(option);
        }
        foreach (var command in definition.Commands)
            Root.Subcommands.Add(command);
    }

    public RootCommand Root { get; }

    public CommonOptions Common { get; } = new();

    public HostSettings ReadHostSettings(ParseResult result)
    {
        var transport = Read(result, Common.Transport) ?? "stdio";
        var settings = new HostSettings
        {
            Transport = transport.ToLowerInvariant() switch
            {
                "stdio" => TransportKind.Stdio,
                "http" or "streamable-http" => TransportKind.Http,
                "sse" => TransportKind.Sse,
                _ => throw new UsageException($"--transport '{transport}' is not one of: stdio, http, sse"),
            },
            Host = Read(result, Common.Host) ?? "127.0.0.1",
            Port = ReadInt(result, Common.Port, 0, 65535) ?? _definition.DefaultPort,
            AuthToken = Read(result, Common.AuthToken) is { Length: > 0 } token ? token : null,
            AllowedOrigins = ReadList(result, Common.AllowedOrigins),
            AllowedHosts = ReadList(result, Common.AllowedHosts),
            LogLevel = ReadLogLevel(result),
            Stateless = ReadFlag(result, Common.Stateless),
            SessionIdleTimeout = ReadDuration(result, Common.SessionIdleTimeout) ?? TimeSpan.FromMinutes(30),
            MaxSessions = ReadInt(result, Common.MaxSessions, 1, 100_000) ?? 100,
            MaxRequestBodyBytes = ReadInt(result, Common.MaxBodyBytes, 1024, int.MaxValue) ?? 4 * 1024 * 1024,
        };
        return settings;
    }

    public ServerSettings ReadServerSettings(ParseResult result)
    {
        var values = new Dictionary<string, string>();
        foreach (var (serverOption, option) in _serverOptions)
        {
            string? value = option switch
            {
                Option<bool> flag when result.GetResult(flag) is { Implicit: false } => "true",
                Option<string> text when result.GetResult(text) is { Implicit: false } => result.GetValue(text),
                _ => serverOption.EnvironmentVariable is { } env ? Environment.GetEnvironmentVariable(env) : null,
            };
            if (serverOption.IsFlag && value is not null && !IsTrue(value))
                value = null;
            if (!string.IsNullOrEmpty(value))
                values[serverOption.Name] = value;
        }
        return new ServerSettings(values);
    }

    private string? Read(ParseResult result, Option<string> option) =>
        result.GetResult(option) is { Implicit: false }
            ? result.GetValue(option)
            : Common.EnvironmentVariableOf(option) is { } env ? NullIfEmpty(Environment.GetEnvironmentVariable(env)) : null;

    private bool ReadFlag(ParseResult result, Option<bool> option) =>
        result.GetResult(option) is { Implicit: false }
            ? result.GetValue(option)
            : Common.EnvironmentVariableOf(option) is { } env && Environment.GetEnvironmentVariable(env) is { } value && IsTrue(value);

    private int? ReadInt(ParseResult result, Option<string> option, int min, int max)
    {
        if (Read(result, option) is not { } text)
            return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new UsageException($"{option.Name} '{text}' is not a whole number from {min} to {max}");
        return value;
    }

    private TimeSpan? ReadDuration(ParseResult result, Option<string> option)
    {
        if (Read(result, option) is not { } text)
            return null;
        if (!DurationParser.TryParse(text, out var value) || value <= TimeSpan.Zero)
            throw new UsageException($"{option.Name} '{text}' is not a positive duration (examples: 90s, 30m, 2h)");
        return value;
    }

    private IReadOnlyList<string> ReadList(ParseResult result, Option<string> option) =>
        Read(result, option)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private LogLevel ReadLogLevel(ParseResult result)
    {
        var text = Read(result, Common.LogLevel) ?? "warning";
        return text.ToLowerInvariant() switch
        {
            "trace" => LogLevel.Trace,
            "debug" => LogLevel.Debug,
            "info" or "information" => LogLevel.Information,
            "warn" or "warning" => LogLevel.Warning,
            "error" => LogLevel.Error,
            "critical" => LogLevel.Critical,
            "none" or "off" => LogLevel.None,
            _ => throw new UsageException($"--log-level '{text}' is not one of: trace, debug, information, warning, error, critical, none"),
        };
    }

    private static bool IsTrue(string value) => value.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on";

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
