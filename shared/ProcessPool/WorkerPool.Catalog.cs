using ModelContextProtocol.Protocol;

namespace McpServers.ProcessPool;

/// <summary>The workers' tool list, read once from a live worker (a spare when there is one).</summary>
public sealed partial class WorkerPool
{
    private IReadOnlyList<Tool>? _tools;

    /// <summary>The tools every worker offers; starts a worker when none is running (it then stays as a spare).</summary>
    public async Task<IReadOnlyList<Tool>> ListToolsAsync(CancellationToken cancellationToken = default)
    {
        if (_tools is not null)
            return _tools;
        using var timeout = new CancellationTokenSource(_options.AcquireTimeout + _options.StartTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        while (true)
        {
            WorkerProcess? worker;
            TaskCompletionSource? waiter = null;
            var startOne = false;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                worker = _spares.FirstOrDefault(w => !w.HasExited) ?? _sessions.Values.Select(s => s.Worker).FirstOrDefault(w => !w.HasExited);
                if (worker is null && _startingSpares == 0 && LiveWorkers < _options.MaxWorkers)
                {
                    startOne = true;
                    _starting++;
                }
                else if (worker is null)
                {
                    waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _waiters.Add(waiter);
                }
            }
            if (worker is not null)
                return _tools = await worker.Channel.ListToolsAsync(linked.Token);
            if (startOne)
                return _tools = await StartForCatalogAsync(linked.Token);
            await waiter!.Task.WaitAsync(linked.Token);
        }
    }

    /// <summary>Starts a worker (already counted in <c>_starting</c>) to read the tools; it then serves as a spare. Start failures reach the caller.</summary>
    private async Task<IReadOnlyList<Tool>> StartForCatalogAsync(CancellationToken cancellationToken)
    {
        WorkerProcess worker;
        try
        {
            worker = await StartWorkerAsync();
        }
        finally
        {
            lock (_gate)
                _starting--;
        }
        try
        {
            return await worker.Channel.ListToolsAsync(cancellationToken);
        }
        finally
        {
            var keep = false;
            lock (_gate)
            {
                if (!_disposed)
                {
                    _spares.Add(worker);
                    keep = true;
                }
            }
            if (!keep)
                await worker.DisposeAsync();
            Signal();
        }
    }
}
