using McpServers.Hub.Config;
using McpServers.Hub.Logs;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Hub.Supervision;

/// <summary>
/// One connection of the hub to a configured server, with the hub's MCP client on it: a stdio server's process
/// (<see cref="ChildServer"/>) or a session with a remote one (<see cref="RemoteServer"/>).
/// </summary>
internal interface IServerConnection : IAsyncDisposable
{
    /// <summary>The process id (and process group) of a stdio server; null for a remote one.</summary>
    int? ProcessId { get; }

    McpClient Client { get; }

    /// <summary>Completes when the process exits or the remote session ends.</summary>
    Task Exited { get; }

    bool HasExited { get; }

    /// <summary>How it ended (exit code or signal and the last stderr lines, or the remote failure), for errors and the API.</summary>
    string ExitDescription { get; }

    /// <summary>True when it ended on its own and cleanly (exit code 0).</summary>
    bool ExitedCleanly { get; }

    /// <summary>Ends it at once (SIGKILL to a process group; a remote session is dropped).</summary>
    void Kill();
}

/// <summary>Opens the connection a server's config asks for, with the options every hub client uses.</summary>
internal static class ServerConnections
{
    /// <param name="listsChanged">Called when the server says its tools, prompts or resources changed.</param>
    public static async Task<IServerConnection> OpenAsync(HubServerConfig config, OrphanReaper reaper, ServerLog log,
        Func<Task> listsChanged, CancellationToken cancellationToken) =>
        config.Url is null
            ? await ChildServer.StartAsync(config, reaper, log, ClientOptions(listsChanged), cancellationToken)
            : await RemoteServer.ConnectAsync(config, log, ClientOptions(listsChanged), cancellationToken);

    private static McpClientOptions ClientOptions(Func<Task> listsChanged) => new()
    {
        ClientInfo = new Implementation { Name = "mcp-hub", Version = "1" },
        Handlers = new McpClientHandlers
        {
            NotificationHandlers =
            [
                new(NotificationMethods.ToolListChangedNotification, (_, _) => new ValueTask(listsChanged())),
                new(NotificationMethods.PromptListChangedNotification, (_, _) => new ValueTask(listsChanged())),
                new(NotificationMethods.ResourceListChangedNotification, (_, _) => new ValueTask(listsChanged())),
            ],
        },
    };
}
