using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using McpServers.Hosting.CommandLine;
using ModelContextProtocol.Server;

namespace McpServers.Hosting.Sessions;

/// <summary>
/// The live MCP sessions of this process, whatever the transport: who a request comes from (<see cref="Identify"/>), a
/// signal when a session ends (<see cref="SessionClosed"/>: client gone, DELETE, idle expiry, shutdown), and notifications
/// to every connected client (over Streamable HTTP they travel on the session's GET stream).
/// </summary>
public sealed class McpSessionRegistry(HostSettings host)
{
    /// <summary>The key of the one stdio client.</summary>
    public const string StdioKey = "stdio";

    private readonly ConcurrentDictionary<string, McpServer> _open = new(StringComparer.Ordinal);

    /// <summary>Raised with a session's key after it closed, so servers can free what they hold for it.</summary>
    public event Action<string>? SessionClosed;

    private event Action<string>? SessionOpened;

    /// <summary>The sessions open now (sessionless requests are not sessions).</summary>
    public IReadOnlyCollection<McpServer> Servers => (IReadOnlyCollection<McpServer>)_open.Values;

    /// <summary>How many sessions are open.</summary>
    public int Count => _open.Count;

    /// <summary>True when a session with this key is open.</summary>
    public bool IsOpen(string key) => _open.ContainsKey(key);

    /// <summary>Who <paramref name="server"/> (the server object a handler was given) serves.</summary>
    public ClientSession Identify(McpServer server) =>
        host.Transport == TransportKind.Stdio ? new(StdioKey, ClientSessionKind.Stdio)
        : server.SessionId is { Length: > 0 } id ? new(id, ClientSessionKind.Session)
        : new(null, ClientSessionKind.Sessionless);

    /// <summary>Tracks a session until the returned handle is disposed; a request without a session is not tracked.</summary>
    internal IDisposable Open(McpServer server)
    {
        if (Identify(server).Key is not { } key)
            return NoSession.Instance;
        _open[key] = server;
        SessionOpened?.Invoke(key);
        return new Closing(this, key);
    }

    /// <summary>
    /// True once the session <paramref name="key"/> is open, waiting at most <paramref name="timeout"/>. For legacy SSE, where
    /// the SDK sends a client its session's <c>/message</c> address before its session handler has run, so the client's first
    /// POST can arrive a moment before the session is registered here.
    /// </summary>
    internal async Task<bool> WaitOpenAsync(string key, TimeSpan timeout)
    {
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnOpened(string k)
        {
            if (k == key)
                opened.TrySetResult();
        }
        SessionOpened += OnOpened;
        try
        {
            return IsOpen(key) || await opened.Task.WaitAsync(timeout).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        }
        finally
        {
            SessionOpened -= OnOpened;
        }
    }

    /// <summary>Sends a notification to every open session; a session that fails to take it is skipped.</summary>
    public async Task BroadcastAsync<T>(string method, T parameters, JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.SerializeToNode(parameters, type);
        foreach (var server in _open.Values)
        {
            try
            {
                await server.SendNotificationAsync(method, payload, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException
                || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // A session closing at this instant must not stop the others from hearing about the change.
            }
        }
    }

    private sealed class Closing(McpSessionRegistry registry, string key) : IDisposable
    {
        public void Dispose()
        {
            if (registry._open.TryRemove(key, out _))
                registry.SessionClosed?.Invoke(key);
        }
    }

    private sealed class NoSession : IDisposable
    {
        public static readonly NoSession Instance = new();

        public void Dispose()
        {
        }
    }
}
