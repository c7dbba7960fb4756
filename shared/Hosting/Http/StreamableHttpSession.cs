using McpServers.Hosting.Sessions;
using ModelContextProtocol.Server;

namespace McpServers.Hosting.Http;

/// <summary>One Streamable HTTP session: its transport, its MCP server and when it was last used.</summary>
internal sealed class StreamableHttpSession : IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;
    private readonly IDisposable _registration;
    private long _lastActivityTicks;
    private int _activeRequests;
    private int _disposed;

    public StreamableHttpSession(string id, McpSessionFactory factory, McpSessionRegistry registry, TimeProvider time)
    {
        Id = id;
        _time = time;
        _lastActivityTicks = time.GetUtcNow().UtcTicks;
        Transport = new StreamableHttpServerTransport(factory.LoggerFactory) { SessionId = id };
        Server = factory.Create(Transport);
        _registration = registry.Add(Server);
        _run = Server.RunAsync(_stop.Token);
    }

    public string Id { get; }

    public StreamableHttpServerTransport Transport { get; }

    private McpServer Server { get; }

    public bool IsClosed => Volatile.Read(ref _disposed) != 0 || _run.IsCompleted;

    /// <summary>Marks the session busy until the returned handle is disposed; a busy session never expires.</summary>
    public IDisposable BeginRequest()
    {
        Interlocked.Increment(ref _activeRequests);
        Touch();
        return new RequestScope(this);
    }

    public bool IsIdleSince(DateTimeOffset now, TimeSpan timeout) =>
        Volatile.Read(ref _activeRequests) == 0 && now.UtcTicks - Interlocked.Read(ref _lastActivityTicks) >= timeout.Ticks;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _registration.Dispose();
        await _stop.CancelAsync();
        await Transport.DisposeAsync();
        try
        {
            await _run;
        }
        catch (OperationCanceledException)
        {
        }
        await Server.DisposeAsync();
        _stop.Dispose();
    }

    private void Touch() => Interlocked.Exchange(ref _lastActivityTicks, _time.GetUtcNow().UtcTicks);

    private sealed class RequestScope(StreamableHttpSession session) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0)
                return;
            session.Touch();
            Interlocked.Decrement(ref session._activeRequests);
        }
    }
}
