using McpServers.Hosting;

namespace McpServers.Hub;

/// <summary>mcp-hub's own options.</summary>
internal static class HubOptions
{
    public static readonly ServerOption<string?> Config = ServerOption.Text("config",
        "The servers to run: a Claude Desktop config file ({\"mcpServers\": {...}}) as is, plus optional hub fields per server (required)",
        "HUB_CONFIG");

    public static readonly ServerOption<TimeSpan> RestartDelay = ServerOption.Duration("restart-delay",
        "Wait before restarting a server that ended; doubles with each failure in a row, up to 1 min", "HUB_RESTART_DELAY", TimeSpan.FromSeconds(1));

    public static readonly ServerOption<TimeSpan> StartTimeout = ServerOption.Duration("start-timeout",
        "Longest a server may take to start and answer initialize", "HUB_START_TIMEOUT", TimeSpan.FromSeconds(30));

    public static readonly ServerOption<string?> LogDirectory = ServerOption.Text("log-dir",
        "Folder for each server's log (<name>.log, rotated) and the event table (events.db); default ~/.local/share/mcp-servers/hub/logs",
        "HUB_LOG_DIR");

    public static readonly ServerOption<long> LogMaxSize = ServerOption.Size("log-max-size",
        "Size at which a server's log file is rotated", "HUB_LOG_MAX_SIZE", 10 * 1024 * 1024, minimum: 4096);

    public static readonly ServerOption<int> LogFiles = ServerOption.Int("log-files",
        "Log files kept per server, the current one included", "HUB_LOG_FILES", 5, 1, 100);

    public static IReadOnlyList<ServerOption> All => [Config, RestartDelay, StartTimeout, LogDirectory, LogMaxSize, LogFiles];
}
