using System.Collections.Concurrent;
using McpServers.Hub.Supervision;

namespace McpServers.Hub.Aggregation;

/// <summary>
/// The processes of <c>perClient</c> servers: one per (hub client, server), started on the client's first call and ended
/// with its session, so one client's state (its browser, say) is never another's. One that dies is started again on the
/// next call.
/// </summary>
internal sealed class ClientChildren(OrphanReaper reaper, SupervisionTimings timings, Func<string, bool> sessionOpen) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Client, string Server), Lazy<Task<IServerConnection>>> _children = new();
    private readonly ConcurrentDictionary<int, ServerUsage> _usage = new();

    /// <summary>The client's own process of <paramref name="server"/>, started now if it has none (or its last one ended).</summary>
    public async Task<IServerConnection> ForAsync(string client, SupervisedServer server, CancellationToken cancellationToken)
    {
        var key = (client, server.Config.Name);
        while (true)
        {
            var entry = _children.GetOrAdd(key, _ => new Lazy<Task<IServerConnection>>(() => StartAsync(server)));
            IServerConnection child;
            try
            {
                child = await entry.Value.WaitAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Not cached: the next call tries again.
                _children.TryRemove(new(key, entry));
                throw e as ChildFailedException ?? new ChildFailedException(e.Message, e);
            }
            if (!sessionOpen(client))
            {
                // The session closed while this call started its process: the process goes with it.
                if (_children.TryRemove(new(key, entry)))
                    await child.DisposeAsync();
                throw new ChildFailedException("your session has closed");
            }
            if (!child.HasExited)
                return child;
            if (_children.TryRemove(new(key, entry)))
                await child.DisposeAsync();
        }
    }

    /// <summary>The clients' own processes of <paramref name="server"/>, with their CPU and memory as last sampled.</summary>
    public IReadOnlyList<ClientProcess> ProcessesOf(string server) =>
        [.. Running().Where(c => c.Server == server).Select(c => new ClientProcess(c.Pid, _usage.GetValueOrDefault(c.Pid)?.CpuPercent ?? 0,
            _usage.GetValueOrDefault(c.Pid)?.RssBytes ?? 0))];

    /// <summary>Reads every client process's CPU and memory (with the servers', every 2 s and on each API list).</summary>
    public void Sample()
    {
        var running = Running().Select(c => c.Pid).ToHashSet();
        foreach (var pid in _usage.Keys.Where(p => !running.Contains(p)))
            _usage.TryRemove(pid, out _);
        foreach (var pid in running)
            _usage.GetOrAdd(pid, _ => new ServerUsage()).Sample(pid);
    }

    private IEnumerable<(string Server, int Pid)> Running() =>
        _children.Where(c => c.Value.IsValueCreated && c.Value.Value.IsCompletedSuccessfully && c.Value.Value.Result.ProcessId is not null)
            .Select(c => (c.Key.Server, c.Value.Value.Result.ProcessId!.Value));

    /// <summary>Ends the processes of a client whose session closed.</summary>
    public Task CloseClientAsync(string client) => CloseAsync(key => key.Client == client);

    /// <summary>Ends every client's process of a server that was stopped, changed or removed.</summary>
    public Task CloseServerAsync(string server) => CloseAsync(key => key.Server == server);

    private async Task CloseAsync(Func<(string Client, string Server), bool> which)
    {
        foreach (var pair in _children.Where(c => which(c.Key)).ToList())
        {
            if (_children.TryRemove(pair) && pair.Value.IsValueCreated)
            {
                try
                {
                    await (await pair.Value.Value).DisposeAsync();
                }
                catch (Exception)
                {
                    // It never started, or ended badly: nothing more to end, and the others still are.
                }
            }
        }
    }

    private async Task<IServerConnection> StartAsync(SupervisedServer server)
    {
        using var timeout = new CancellationTokenSource(timings.StartTimeout);
        return await ServerConnections.OpenAsync(server.Config, reaper, server.Log, () => Task.CompletedTask, timeout.Token);
    }

    public ValueTask DisposeAsync() => new(CloseAsync(_ => true));
}

/// <summary>A client's own process of a <c>perClient</c> server, with its CPU share and resident memory.</summary>
internal sealed record ClientProcess(int Pid, double CpuPercent, long RssBytes);
