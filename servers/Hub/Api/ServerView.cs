namespace McpServers.Hub.Api;

/// <summary>One server as the REST API shows it. Environment values are never shown (they may be secrets), only their names.</summary>
internal sealed record ServerView(
    string Name,
    string Transport,
    string Status,
    int? Pid,
    DateTimeOffset? StartedAt,
    int Restarts,
    DateTimeOffset? LastHealthCheck,
    string? LastError,
    IReadOnlyList<string> Tools,
    double CpuPercent,
    long RssBytes,
    long Calls,
    long Errors,
    double? P50Ms,
    double? P95Ms,
    string Command,
    IReadOnlyList<string> Args,
    IReadOnlyList<string> EnvNames,
    bool PerClient,
    IReadOnlyList<int> ClientPids);

/// <summary>An API error: what went wrong and what to do.</summary>
internal sealed record ApiError(string Error);
