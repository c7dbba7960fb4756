using McpServers.Hub.Config;
using McpServers.Hub.Logs;
using ModelContextProtocol.Client;

namespace McpServers.Hub.Supervision;

/// <summary>
/// A session with a remote server (<c>"url"</c>): Streamable HTTP, falling back to legacy SSE (or SSE only with
/// <c>"type": "sse"</c>), with the configured headers on every request. It has ended when the SDK says the session did.
/// </summary>
internal sealed class RemoteServer : IServerConnection
{
    private readonly ServerLog _log;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string _ended = "still connected";
    private volatile bool _disposing;
    private int _disposed;

    private readonly HttpClientTransport _transport;

    private RemoteServer(McpClient client, HttpClientTransport transport, ServerLog log)
    {
        Client = client;
        _transport = transport;
        _log = log;
        _ = client.Completion.ContinueWith(t => OnEnded(t.Result), TaskScheduler.Default);
    }

    public int? ProcessId => null;

    public McpClient Client { get; }

    public Task Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    public string ExitDescription => _ended;

    public bool ExitedCleanly => false; // a remote session that ends on its own is always reconnected

    public static async Task<RemoteServer> ConnectAsync(HubServerConfig config, ServerLog log, McpClientOptions options, CancellationToken cancellationToken)
    {
        var url = config.Url ?? throw new InvalidOperationException("not a remote server");
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = url,
            Name = config.Name,
            TransportMode = config.Sse ? HttpTransportMode.Sse : HttpTransportMode.AutoDetect,
            AdditionalHeaders = config.Headers.ToDictionary(),
        });
        McpClient client;
        try
        {
            client = await McpClient.CreateAsync(transport, options, cancellationToken: cancellationToken);
        }
        catch (Exception e)
        {
            // As a child that fails to start: one kind of failure, with what happened (a timeout included), for every caller.
            await transport.DisposeAsync();
            var reason = log.Mask(e is OperationCanceledException ? "no answer to initialize in time" : e.Message);
            log.Append("hub", $"could not connect to {log.Mask(url.ToString())}: {reason}", LogLevels.Error);
            throw new ChildFailedException($"{log.Mask(url.ToString())} could not be reached: {reason}", e);
        }
        log.Append("hub", $"connected to {log.Mask(url.ToString())} ({client.ServerInfo?.Name} {client.ServerInfo?.Version})", LogLevels.Info);
        return new RemoteServer(client, transport, log);
    }

    private void OnEnded(ClientCompletionDetails details)
    {
        var status = details is HttpClientCompletionDetails { HttpStatusCode: { } code } ? $"HTTP {(int)code}" : null;
        var reason = details.Exception?.Message ?? status ?? "the server closed the session";
        _ended = _log.Mask($"session ended: {(status is not null && details.Exception is not null ? $"{status}, " : "")}{reason}");
        if (!_disposing)
            _log.Append("hub", _ended, LogLevels.Warning);
        _exited.TrySetResult();
    }

    /// <summary>Drops the session: the health check that missed three pings calls this, and the loop connects again.</summary>
    public void Kill() => _ = DisposeAsync().AsTask();

    /// <summary>Ends the session once; later calls wait for that end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            await _exited.Task;
            return;
        }
        _disposing = true;
        try
        {
            await Client.DisposeAsync();
        }
        catch (Exception)
        {
            // The session is going either way.
        }
        try
        {
            await _transport.DisposeAsync();
        }
        catch (Exception)
        {
            // As above.
        }
        _exited.TrySetResult();
    }
}
