using System.Collections.Concurrent;
using ModelContextProtocol.Server;

namespace McpServers.Hosting.Sessions;

/// <summary>
/// The live MCP sessions of this process, whatever the transport. Servers use it to push a notification
/// to every connected client (e.g. "the knowledge graph changed"); over Streamable HTTP such a message
/// travels on the session's GET stream.
/// </summary>
public sealed class McpSessionRegistry
{
    private readonly ConcurrentDictionary<McpServer, byte> _servers = new();

    /// <summary>Raised after a session closed (client gone, DELETE, idle expiry, shutdown), so servers can free what it held.</summary>
    public event Action<McpServer>? SessionClosed;

    /// <summary>The sessions open now.</summary>
    public IReadOnlyCollection<McpServer> Servers => (IReadOnlyCollection<McpServer>)_servers.Keys;

    /// <summary>Adds a session until the returned handle is disposed.</summary>
    public IDisposable Add(McpServer server)
    {
        _servers[server] = 0;
        return new Removal(this, server);
    }

    /// <summary>Sends a notification to every open session; a session that fails to take it is skipped.</summary>
    public async Task BroadcastAsync(string method, object? parameters, CancellationToken cancellationToken = default)
    {
        foreach (var server in _servers.Keys)
        {
            try
            {
                await server.SendNotificationAsync(method, parameters, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A session closing at this instant must not stop the others from hearing about the change.
            }
        }
    }

    private sealed class Removal(McpSessionRegistry registry, McpServer server) : IDisposable
    {
        public void Dispose()
        {
            if (registry._servers.TryRemove(server, out _))
                registry.SessionClosed?.Invoke(server);
        }
    }
}
