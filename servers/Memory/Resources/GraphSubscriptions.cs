using System.Collections.Concurrent;
using McpServers.Hosting.Sessions;
using McpServers.Memory.Storage;
using ModelContextProtocol.Protocol;

namespace McpServers.Memory.Resources;

/// <summary>Which sessions subscribed to the graph resource; tells them when a write of this process changed it.</summary>
internal sealed class GraphSubscriptions
{
    private const string StdioSession = "";
    private readonly ConcurrentDictionary<string, byte> _subscribed = new();
    private readonly McpSessionRegistry _sessions;

    // Created on the first subscribe request, so a server nobody subscribes to never looks for subscribers.
    public GraphSubscriptions(McpSessionRegistry sessions, GraphStore store)
    {
        _sessions = sessions;
        store.Changed += () => _ = NotifyChangedAsync();
    }

    public void Subscribe(string? sessionId) => _subscribed[sessionId ?? StdioSession] = 0;

    public void Unsubscribe(string? sessionId) => _subscribed.TryRemove(sessionId ?? StdioSession, out _);

    public async Task NotifyChangedAsync()
    {
        if (_subscribed.IsEmpty)
            return;
        foreach (var server in _sessions.Servers.Where(s => _subscribed.ContainsKey(s.SessionId ?? StdioSession)))
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
