namespace McpServers.Hub.Logs;

/// <summary>Something that happened to a server (or to the config, with no server): kept in the hub's event table.</summary>
internal sealed record HubEvent(long Id, DateTimeOffset At, string? Server, string Kind, string Detail);

/// <summary>The kinds of <see cref="HubEvent"/>.</summary>
internal static class HubEventKinds
{
    public const string Started = "started";
    public const string Exited = "exited";
    public const string Restarting = "restarting";
    public const string CrashLoop = "crash-loop";
    public const string HealthFailed = "health-failed";
    public const string Stopped = "stopped";
    public const string Config = "config";
}
