using Microsoft.Extensions.Logging;

namespace McpServers.ProcessPool;

/// <summary>Warm spares: started and handshaken ahead of time, so a new session does not wait for a process to start and warm up.</summary>
public sealed partial class WorkerPool
{
    private DateTimeOffset _spareBackoffUntil;

    /// <summary>A healthy spare, removed from the spares. Called under the lock.</summary>
    private WorkerProcess? TakeSpare()
    {
        while (_spares.Count > 0)
        {
            var spare = _spares[0];
            _spares.RemoveAt(0);
            if (!spare.HasExited)
                return spare;
        }
        return null;
    }

    private void TopUpSparesLater() => ThreadPool.QueueUserWorkItem(_ => TopUpSpares());

    private void TopUpSpares()
    {
        lock (_gate)
        {
            while (!_disposed && _spares.Count + _startingSpares < _options.WarmWorkers && LiveWorkers < _options.MaxWorkers
                   && _time.GetUtcNow() >= _spareBackoffUntil)
            {
                _starting++;
                _startingSpares++;
                _ = StartSpareAsync();
            }
        }
    }

    private async Task StartSpareAsync()
    {
        await Task.Yield();
        WorkerProcess? worker = null;
        try
        {
            worker = await StartWorkerAsync();
            if (_options.WarmUpToolName is { } warmUp)
            {
                using var timeout = new CancellationTokenSource(_options.StartTimeout, _time);
                await worker.Channel.CallToolAsync(warmUp, null, null, timeout.Token);
            }
        }
        catch (Exception e)
        {
            if (worker is not null)
            {
                await worker.DisposeAsync();
                worker = null;
            }
            PoolLog.SpareStartFailed(_logger, e);
            lock (_gate)
                _spareBackoffUntil = _time.GetUtcNow() + TimeSpan.FromSeconds(5);
        }
        var keep = false;
        lock (_gate)
        {
            _starting--;
            _startingSpares--;
            if (worker is not null && !_disposed)
            {
                _spares.Add(worker);
                keep = true;
            }
        }
        if (worker is not null && !keep)
            await worker.DisposeAsync();
        Signal();
    }

    /// <summary>A worker whose session ended: reused as a spare when allowed and reset cleanly, else reaped.</summary>
    private async Task RetireAsync(WorkerProcess worker)
    {
        var reusable = _options.MaxSessionsPerWorker > worker.SessionsServed
            && _time.GetUtcNow() - worker.StartedAt < _options.MaxWorkerAge && !worker.HasExited;
        if (reusable)
        {
            try
            {
                using var timeout = new CancellationTokenSource(_options.PingTimeout, _time);
                if (await worker.Channel.ResetAsync(timeout.Token))
                {
                    lock (_gate)
                    {
                        if (!_disposed && _spares.Count < _options.WarmWorkers)
                        {
                            _spares.Add(worker);
                            return;
                        }
                    }
                }
            }
            catch (Exception e)
            {
                PoolLog.ResetFailed(_logger, worker.ProcessId, e);
            }
        }
        await worker.DisposeAsync();
    }

    /// <summary>Kills every worker (and what it started) and waits for them to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        List<WorkerProcess> workers;
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            workers = [.. _spares, .. _sessions.Values.Select(s => s.Worker)];
            _spares.Clear();
            _sessions.Clear();
        }
        await _maintenance.DisposeAsync();
        await _pinger.DisposeAsync();
        Signal();
        await Task.WhenAll(workers.Select(w => w.DisposeAsync().AsTask()));
    }
}
