using System.Collections.Concurrent;
using McpServers.Hosting.Sessions;
using McpServers.Memory.Storage;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Memory.Resources;

/// <summary>
/// Which sessions subscribed to the graph resource; tells them when a write of this process changed it. A session's
/// subscription goes when the session closes (client gone, DELETE, idle expiry).
/// </summary>
internal sealed class GraphSubscriptions
{
    private readonly ConcurrentDictionary<string, byte> _subscribed = new(StringComparer.Ordinal);
    private readonly McpSessionRegistry _sessions;

    // Created on the first subscribe request, so a server nobody subscribes to never looks for subscribers.
    public GraphSubscriptions(McpSessionRegistry sessions, GraphStore store)
    {
        _sessions = sessions;
        store.Changed += () => _ = NotifyChangedAsync();
        sessions.SessionClosed += key => _subscribed.TryRemove(key, out _);
    }

    /// <summary>How many sessions are subscribed.</summary>
    public int Count => _subscribed.Count;

    public void Subscribe(McpServer server) =>
        _subscribed[_sessions.Identify(server).Key ?? throw new McpProtocolException(
            "Subscriptions need a session; this request has none (a --stateless server, or a client of MCP 2026-07-28).", McpErrorCode.InvalidRequest)] = 0;

    public void Unsubscribe(McpServer server)
    {
        if (_sessions.Identify(server).Key is { } key)
            _subscribed.TryRemove(key, out _);
    }

    public async Task NotifyChangedAsync()
    {
        if (_subscribed.IsEmpty)
            return;
        foreach (var server in _sessions.Servers.Where(s => _sessions.Identify(s).Key is { } key && _subscribed.ContainsKey(key)))
        {
            try
            {
                await server.SendNotificationAsync(NotificationMethods.ResourceUpdatedNotification,
                    new ResourceUpdatedNotificationParams { Uri = KnowledgeGraphResource.Uri });
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
            {
                // A session closing at this moment misses one notification; the others still get theirs.
            }
        }
    }
}
