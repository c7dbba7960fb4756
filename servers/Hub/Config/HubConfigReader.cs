using System.Text.Json;
using McpServers.Hosting.CommandLine;

namespace McpServers.Hub.Config;

/// <summary>
/// Reads a hub configuration: Claude Desktop's <c>{"mcpServers": {...}}</c> as is (<c>command</c>/<c>args</c>/<c>env</c>, or
/// <c>url</c>/<c>headers</c> with an optional <c>type</c>), plus optional hub fields per server (<c>restart</c>,
/// <c>healthInterval</c>, <c>tools</c>: {<c>allow</c>, <c>deny</c>}, <c>prefix</c>, <c>perClient</c>, <c>disabled</c>, <c>secretEnv</c>).
/// Any fault is a <see cref="HubConfigException"/> naming the line (for JSON syntax) or the server and field.
/// </summary>
internal static class HubConfigReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<HubServerConfig> ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HubConfigException($"{path}: cannot be read: {e.Message}");
        }
        return Read(text, path);
    }

    public static IReadOnlyList<HubServerConfig> Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new HubConfigException($"{source}: line {e.LineNumber + 1}: not valid JSON ({e.Message.Split(" LineNumber")[0].TrimEnd('.')}).");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("mcpServers", out var servers) || servers.ValueKind != JsonValueKind.Object)
                throw new HubConfigException($"{source}: expected {{\"mcpServers\": {{\"<name>\": {{\"command\": ..., \"args\": [...]}}}}}} (Claude Desktop's format).");
            var result = new List<HubServerConfig>();
            var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in servers.EnumerateObject())
            {
                var server = ReadServer(entry.Name, entry.Value, source);
                if (prefixes.TryGetValue(server.Prefix, out var other))
                    throw new HubConfigException($"{source}: servers '{other}' and '{server.Name}' both use the tool prefix '{server.Prefix}'; give one a different \"prefix\".");
                prefixes[server.Prefix] = server.Name;
                result.Add(server);
            }
            return result;
        }
    }

    private static HubServerConfig ReadServer(string name, JsonElement entry, string source)
    {
        string Where(string field) => $"{source}: mcpServers.{name}.{field}";
        if (!ToolNames.IsValidPrefix(name))
            throw new HubConfigException($"{source}: mcpServers.{name}: a server name may use letters, digits, '-' and '_' only, not ending in '_' (it prefixes tool names).");
        if (entry.ValueKind != JsonValueKind.Object)
            throw new HubConfigException($"{source}: mcpServers.{name}: expected an object with \"command\" or \"url\".");
        var command = Text(entry, "command", Where);
        var urlText = Text(entry, "url", Where);
        if (command is null == urlText is null)
            throw new HubConfigException($"{source}: mcpServers.{name}: give either \"command\" (a program run over stdio) or \"url\" (a remote server), not {(command is null ? "neither" : "both")}.");
        Uri? url = null;
        if (urlText is not null && (!Uri.TryCreate(urlText, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
            throw new HubConfigException($"{Where("url")}: \"{urlText}\" is not an http:// or https:// address.");
        var type = Text(entry, "type", Where);
        if (type is not (null or "stdio" or "http" or "streamable-http" or "sse") || (type == "stdio") != (command is not null) && type is not null)
            throw new HubConfigException($"{Where("type")}: \"{type}\" does not fit: use \"stdio\" with \"command\", \"http\" or \"sse\" with \"url\" (or leave it out).");
        var env = Env(entry, Where);
        var secretEnv = Strings(entry, "secretEnv", Where);
        if (secretEnv.FirstOrDefault(n => !env.ContainsKey(n)) is { } unknown)
            throw new HubConfigException($"{Where("secretEnv")}: \"{unknown}\" is not in \"env\".");
        var prefix = Text(entry, "prefix", Where) ?? name;
        if (!ToolNames.IsValidPrefix(prefix))
            throw new HubConfigException($"{Where("prefix")}: letters, digits, '-' and '_' only, not ending in '_'.");
        var tools = entry.TryGetProperty("tools", out var t) ? t : default;
        if (tools.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object))
            throw new HubConfigException($"{Where("tools")}: expected {{\"allow\": [...], \"deny\": [...]}}.");
        return new HubServerConfig
        {
            Name = name,
            Command = command,
            Args = Strings(entry, "args", Where),
            Env = env,
            Url = url,
            Sse = type == "sse",
            Headers = Map(entry, "headers", Where),
            SecretEnv = secretEnv,
            Restart = Text(entry, "restart", Where) switch
            {
                null or "always" => RestartPolicy.Always,
                "on-failure" => RestartPolicy.OnFailure,
                "never" => RestartPolicy.Never,
                var other => throw new HubConfigException($"{Where("restart")}: \"{other}\" is not one of always, on-failure, never."),
            },
            HealthInterval = Text(entry, "healthInterval", Where) is { } interval
                ? ParseInterval(interval, Where("healthInterval"))
                : TimeSpan.FromSeconds(30),
            AllowTools = tools.ValueKind == JsonValueKind.Object ? Strings(tools, "allow", f => Where("tools." + f)) : [],
            DenyTools = tools.ValueKind == JsonValueKind.Object ? Strings(tools, "deny", f => Where("tools." + f)) : [],
            Prefix = prefix,
            PerClient = Flag(entry, "perClient", Where),
            Disabled = Flag(entry, "disabled", Where),
        };
    }

    private static TimeSpan ParseInterval(string text, string where) =>
        DurationParser.TryParse(text, out var interval) && interval >= TimeSpan.FromMilliseconds(100) && interval <= TimeSpan.FromDays(1)
            ? interval
            : throw new HubConfigException($"{where}: \"{text}\" is not a duration from 100ms to 1 day (e.g. \"30s\", \"2m\").");

    private static bool Flag(JsonElement entry, string field, Func<string, string> where) =>
        entry.TryGetProperty(field, out var value) && (value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new HubConfigException($"{where(field)}: expected true or false."));

    private static string? Text(JsonElement entry, string field, Func<string, string> where) =>
        !entry.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new HubConfigException($"{where(field)}: expected a string.");

    private static IReadOnlyList<string> Strings(JsonElement entry, string field, Func<string, string> where)
    {
        if (!entry.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            throw new HubConfigException($"{where(field)}: expected an array of strings.");
        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static IReadOnlyDictionary<string, string> Env(JsonElement entry, Func<string, string> where) => Map(entry, "env", where);

    private static IReadOnlyDictionary<string, string> Map(JsonElement entry, string field, Func<string, string> where)
    {
        if (!entry.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return new Dictionary<string, string>();
        if (value.ValueKind != JsonValueKind.Object || value.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
            throw new HubConfigException($"{where(field)}: expected an object of string values.");
        return value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}

/// <summary>A configuration the hub refuses, with where and why.</summary>
internal sealed class HubConfigException(string message) : Exception(message);
