using Microsoft.Extensions.Logging;

namespace McpServers.ProcessPool;

/// <summary>Crash and hang detection, idle expiry, and the endings a session's next call is told about.</summary>
public sealed partial class WorkerPool
{
    /// <summary>A worker's process is gone: forget it, and tell its session's next call why.</summary>
    private void OnWorkerExited(WorkerProcess worker)
    {
        var counted = false;
        lock (_gate)
        {
            if (_spares.Remove(worker))
                counted = true;
            var session = _sessions.Values.FirstOrDefault(s => s.Worker == worker);
            if (session is not null)
            {
                _sessions.Remove(session.Key);
                Remember(session.Key, Crashed(session.Key, worker));
                counted = true;
            }
            if (counted && !_disposed)
                Interlocked.Increment(ref _crashed);
        }
        if (!counted)
            return;
        PoolLog.WorkerExited(_logger, worker.ProcessId, worker.ExitDescription);
        _ = worker.DisposeAsync().AsTask();
        Signal();
        TopUpSpares();
    }

    private WorkerCrashedException Crashed(string key, WorkerProcess worker) => new(
        $"The {_options.Wording.Session} '{key}' crashed: its worker process {worker.ProcessId} {(worker.HungReason ?? worker.ExitDescription)}. "
        + $"{Capitalized(_options.Wording.Lost)}; call again to start a new {_options.Wording.Session}.");

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The ending to report for a session (once), or null. Called under the lock.</summary>
    private WorkerPoolException? TakeEnding(string key)
    {
        lock (_gate)
            return _ended.Remove(key, out var ending) ? ending : null;
    }

    private void Remember(string key, WorkerPoolException ending)
    {
        if (_ended.Count >= RememberedEndings)
            _ended.Remove(_ended.Keys.First());
        _ended[key] = ending;
    }

    /// <summary>Expires idle sessions and replaces spares past their age; runs on a timer.</summary>
    internal async Task SweepAsync()
    {
        var now = _time.GetUtcNow();
        List<WorkerProcess> retire = [];
        lock (_gate)
        {
            if (_disposed)
                return;
            foreach (var session in _sessions.Values.Where(s => s.InFlight == 0 && now - s.LastUsed >= _options.IdleTimeout).ToList())
            {
                _sessions.Remove(session.Key);
                Remember(session.Key, new SessionExpiredException(
                    $"The {_options.Wording.Session} '{session.Key}' expired after {_options.IdleTimeout.TotalMinutes:0.#} min without use and was closed; "
                    + $"call again to start a new {_options.Wording.Session} ({_options.Wording.Lost})."));
                Interlocked.Increment(ref _expired);
                retire.Add(session.Worker);
            }
            foreach (var spare in _spares.Where(s => now - s.StartedAt >= _options.MaxWorkerAge).ToList())
            {
                _spares.Remove(spare);
                retire.Add(spare);
            }
        }
        foreach (var worker in retire)
        {
            PoolLog.Reaping(_logger, worker.ProcessId);
            await worker.DisposeAsync();
        }
        if (retire.Count > 0)
        {
            Signal();
            TopUpSpares();
        }
    }

    /// <summary>Pings every worker; one that does not answer in time is killed as hung.</summary>
    internal async Task PingAllAsync()
    {
        List<WorkerProcess> workers;
        lock (_gate)
        {
            if (_disposed)
                return;
            workers = [.. _spares, .. _sessions.Values.Select(s => s.Worker)];
        }
        await Task.WhenAll(workers.Select(async worker =>
        {
            using var timeout = new CancellationTokenSource(_options.PingTimeout, _time);
            try
            {
                // On the thread pool: a send that blocks (a stopped worker's full pipe) must not hold the timeout up.
                await Task.Run(() => worker.Channel.PingAsync(timeout.Token), timeout.Token).WaitAsync(timeout.Token);
            }
            catch (Exception) when (!worker.HasExited)
            {
                worker.HungReason = $"stopped answering (no ping reply within {_options.PingTimeout.TotalSeconds:0.#} s) and was killed";
                worker.Kill();
                await worker.Exited.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
                OnWorkerExited(worker);
            }
        }));
    }
}
