using System.ComponentModel;
using System.Text.Json.Nodes;
using McpServers.Hub.Aggregation;
using McpServers.Hub.Logs;
using McpServers.Hub.Supervision;

namespace McpServers.Hub.Api;

/// <summary>One server as the REST API shows it. Environment and header values are never shown (they may be secrets), only their names.</summary>
internal sealed record ServerView(
    string Name,
    [property: Description("stdio (a child process) or http (a remote server)")] string Transport,
    [property: Description("starting, running, unhealthy, restarting, stopped or crash-loop")] string Status,
    [property: Description("Process id (and process group) of a stdio server; null when it is not running or remote")] int? Pid,
    DateTimeOffset? StartedAt,
    int Restarts,
    DateTimeOffset? LastHealthCheck,
    string? LastError,
    [property: Description("Names of the server's tools (as the server names them)")] IReadOnlyList<string> Tools,
    double CpuPercent,
    long RssBytes,
    [property: Description("Calls made through the hub")] long Calls,
    long Errors,
    [property: Description("Median duration of the last 1,000 calls, ms")] double? P50Ms,
    double? P95Ms,
    string? Command,
    IReadOnlyList<string> Args,
    IReadOnlyList<string> EnvNames,
    string? Url,
    IReadOnlyList<string> HeaderNames,
    [property: Description("Each hub client gets a process of its own")] bool PerClient,
    [property: Description("Process ids of the clients' own processes (perClient servers)")] IReadOnlyList<int> ClientPids,
    [property: Description("The clients' own processes with their CPU and memory (perClient servers)")] IReadOnlyList<ClientProcess> ClientProcesses);

/// <summary>A server's usage now and over the last ten minutes (one sample per 2 s).</summary>
internal sealed record ServerMetrics(string Name, double CpuPercent, long RssBytes, long Calls, long Errors, double? P50Ms, double? P95Ms,
    IReadOnlyList<UsageSample> History);

/// <summary>Lines of a server's log, oldest first.</summary>
internal sealed record LogLines(IReadOnlyList<LogEntry> Lines);

/// <summary>A server's entry as the config file has it, secret values (secret env, every header) replaced by null.</summary>
internal sealed record ServerConfigView(string Name, JsonObject Entry);

/// <summary>
/// A server entry as in Claude Desktop's config, plus the hub's fields; <c>name</c> only when creating. Give either
/// <c>command</c> (stdio) or <c>url</c> (remote). In a PUT, a null env or header value keeps the stored one.
/// </summary>
internal sealed record ConfigEntry(
    [property: Description("The server's name (POST only): letters, digits, '-' and '_'")] string? Name,
    [property: Description("Program of a stdio server")] string? Command,
    IReadOnlyList<string>? Args,
    [property: Description("Environment of a stdio server; null keeps the stored value")] IReadOnlyDictionary<string, string?>? Env,
    [property: Description("MCP endpoint of a remote server (Streamable HTTP, falling back to SSE)")] string? Url,
    [property: Description("stdio, http or sse (optional)")] string? Type,
    [property: Description("Headers sent to a remote server; null keeps the stored value")] IReadOnlyDictionary<string, string?>? Headers,
    [property: Description("Tool prefix (default: the name)")] string? Prefix,
    [property: Description("always (default), on-failure or never")] string? Restart,
    [property: Description("Ping interval, e.g. 30s")] string? HealthInterval,
    ToolFilter? Tools,
    bool? PerClient,
    bool? Disabled,
    [property: Description("Env names whose values are secret")] IReadOnlyList<string>? SecretEnv);

/// <summary>Which of a server's tools are offered.</summary>
internal sealed record ToolFilter(IReadOnlyList<string>? Allow, IReadOnlyList<string>? Deny);

/// <summary>An API error: what went wrong and what to do.</summary>
internal sealed record ApiError(string Error);
