using McpServers.Hub.Config;
using McpServers.Hub.Logs;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace McpServers.Hub.Supervision;

/// <summary>
/// Keeps one configured server running: starts it, lists its tools after every start, pings it, restarts it on exit
/// (backoff doubling from <see cref="SupervisionTimings.RestartDelay"/> to a minute) or after three missed pings, and
/// stops retrying after five failures in five minutes (crash-loop) until asked.
/// </summary>
internal sealed class SupervisedServer : IAsyncDisposable
{
    private readonly SupervisionTimings _timings;
    private readonly OrphanReaper _reaper;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HubJournal _journal;
    private readonly Queue<DateTimeOffset> _failures = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _asked = new(0, 1);
    private Task _loop = Task.CompletedTask;
    private volatile bool _held;
    private volatile ServerCatalog _catalog = ServerCatalog.Empty;

    public SupervisedServer(HubServerConfig config, SupervisionTimings timings, OrphanReaper reaper, TimeProvider time, ILogger logger, HubJournal journal)
    {
        Config = config;
        _journal = journal;
        Log = journal.LogOf(config);
        _timings = timings;
        _reaper = reaper;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised after the server's tools, prompts or resources changed: it (re)started, stopped, or said a list changed.</summary>
    public event Func<Task>? ListsChanged;

    public HubServerConfig Config { get; }

    /// <summary>Its stderr and the hub's notes about it, masked.</summary>
    public ServerLog Log { get; }

    public string Status { get; private set; } = ServerStatus.Starting;

    public IServerConnection? Child { get; private set; }

    public IReadOnlyList<Tool> Tools => _catalog.Tools;

    public IReadOnlyList<Prompt> Prompts => _catalog.Prompts;

    public IReadOnlyList<Resource> Resources => _catalog.Resources;

    public IReadOnlyList<ResourceTemplate> ResourceTemplates => _catalog.ResourceTemplates;

    public int Restarts { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? LastHealthCheck { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Completes when the first start has succeeded or failed.</summary>
    public Task FirstAttempt => _firstAttempt.Task;

    /// <summary>Calls through the hub, their errors and durations; CPU and memory of the process.</summary>
    public ServerUsage Usage { get; } = new();

    public void Launch() => _loop = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>(Re)starts the server now (also out of crash-loop or stopped), with a fresh failure count.</summary>
    public void Restart()
    {
        lock (_failures)
            _failures.Clear();
        _held = false;
        // Shown at once: a caller that asked must not read the old crash-loop or stopped state back.
        if (Status is ServerStatus.CrashLoop or ServerStatus.Stopped)
            Status = ServerStatus.Restarting;
        Ask();
    }

    /// <summary>Starts a server that is stopped or in crash-loop; one that runs is left alone (false).</summary>
    public bool Start()
    {
        if (Status is not (ServerStatus.Stopped or ServerStatus.CrashLoop))
            return false;
        Restart();
        return true;
    }

    /// <summary>Stops the server and keeps it stopped until <see cref="Restart"/>.</summary>
    public void Hold()
    {
        _held = true;
        Ask();
    }

    /// <summary>
    /// Wakes the loop wherever it waits (a run, the restart delay, crash-loop, stopped). A request made while the loop is
    /// between two waits stays counted, so none is lost; several at once count as one.
    /// </summary>
    private void Ask()
    {
        try
        {
            _asked.Release();
        }
        catch (Exception e) when (e is SemaphoreFullException or ObjectDisposedException)
        {
            // Already asked (several requests count as one), or the server was just removed from the config.
        }
    }

    /// <summary>Waits for a request (<see cref="Ask"/>) until <paramref name="until"/>; true when one came (and was taken).</summary>
    private async Task<bool> AskedAsync(Task until, CancellationToken stop)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var asked = _asked.WaitAsync(waiting.Token);
        await Task.WhenAny(asked, until);
        await waiting.CancelAsync();
        stop.ThrowIfCancellationRequested();
        return await asked.ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var began = _time.GetUtcNow();
            string failure;
            var clean = false;
            var asked = false;
            try
            {
                (failure, asked) = await RunOnceAsync(stop);
                clean = failure.Length == 0;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failure = e.Message;
            }
            finally
            {
                _firstAttempt.TrySetResult();
            }
            LastError = clean ? null : Log.Mask(failure);
            HubLog.ServerEnded(_logger, Config.Name, clean ? "exited with code 0" : LastError!);
            Event(asked && _held ? HubEventKinds.Stopped : HubEventKinds.Exited, clean ? "exited with code 0" : LastError!);
            if (asked)
            {
                await AfterRequestAsync(stop);
                continue;
            }
            if (Config.Restart == RestartPolicy.Never || (Config.Restart == RestartPolicy.OnFailure && clean))
            {
                Status = ServerStatus.Stopped;
                await _asked.WaitAsync(stop);
                await AfterRequestAsync(stop);
                continue;
            }
            int failures;
            lock (_failures)
            {
                var now = _time.GetUtcNow();
                if (now - began >= SupervisionTimings.StableAfter)
                    _failures.Clear();
                _failures.Enqueue(now);
                while (_failures.Count > 0 && now - _failures.Peek() > SupervisionTimings.CrashLoopWindow)
                    _failures.Dequeue();
                failures = _failures.Count;
            }
            if (failures >= SupervisionTimings.CrashLoopFailures)
            {
                Status = ServerStatus.CrashLoop;
                HubLog.CrashLoop(_logger, Config.Name, failures);
                Event(HubEventKinds.CrashLoop, $"{failures} failures in 5 minutes; not restarted until asked");
                await _asked.WaitAsync(stop);
                await AfterRequestAsync(stop);
                continue;
            }
            Status = ServerStatus.Restarting;
            var delay = _timings.DelayAfter(failures);
            Event(HubEventKinds.Restarting, $"in {delay.TotalSeconds:0.#} s (failure {failures} in a row)");
            await AskedAsync(Task.Delay(delay, _time, stop), stop);
            await AfterRequestAsync(stop);
        }
        Status = ServerStatus.Stopped;
    }

    /// <summary>Runs again, unless it was asked to stop: then it waits, stopped, to be started.</summary>
    private async Task AfterRequestAsync(CancellationToken stop)
    {
        while (_held)
        {
            Status = ServerStatus.Stopped;
            await _asked.WaitAsync(stop);
        }
        Restarts++;
        Status = ServerStatus.Restarting;
    }

    /// <summary>One run: start, list tools, watch; returns why it ended ("" for a clean exit of its own) and whether it was asked to.</summary>
    private async Task<(string Reason, bool Asked)> RunOnceAsync(CancellationToken stop)
    {
        using var starting = CancellationTokenSource.CreateLinkedTokenSource(stop);
        starting.CancelAfter(_timings.StartTimeout);
        var child = await ServerConnections.OpenAsync(Config, _reaper, Log, RefreshListsAsync, starting.Token);
        try
        {
            Child = child;
            StartedAt = _time.GetUtcNow();
            _catalog = await ServerCatalog.ListAsync(child.Client, starting.Token);
            Status = ServerStatus.Running;
            _firstAttempt.TrySetResult();
            var where = child.ProcessId is { } pid ? $"process {pid}" : Log.Mask(Config.Url!.ToString());
            HubLog.ServerStarted(_logger, Config.Name, where, Tools.Count);
            Event(HubEventKinds.Started, $"{where}, {Tools.Count} tools");
            await RaiseListsChangedAsync();
            return await WatchAsync(child, stop);
        }
        finally
        {
            // Not "running" for a moment longer than its process: the loop says next what it is (restarting, stopped, crash-loop).
            Status = ServerStatus.Restarting;
            lock (_failures)
                Child = null;
            await child.DisposeAsync();
            if (!_catalog.IsEmpty)
            {
                _catalog = ServerCatalog.Empty;
                await RaiseListsChangedAsync();
            }
        }
    }

    /// <summary>Pings on the server's interval until it exits, misses three pings, or a restart or stop is asked for (then Asked).</summary>
    private async Task<(string Reason, bool Asked)> WatchAsync(IServerConnection child, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Config.HealthInterval, _time);
        var misses = 0;
        var usePing = true;
        while (true)
        {
            var tick = timer.WaitForNextTickAsync(stop).AsTask();
            if (await AskedAsync(Task.WhenAny(child.Exited, tick), stop))
                return (_held ? "stopped on request" : "restarted on request", true);
            if (child.HasExited)
                return (child.ExitedCleanly ? "" : child.ExitDescription, false);
            await tick;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
            timeout.CancelAfter(Config.HealthInterval < TimeSpan.FromSeconds(10) ? Config.HealthInterval : TimeSpan.FromSeconds(10));
            try
            {
                usePing = await HealthCheckAsync(child, usePing, timeout.Token);
                misses = 0;
                LastHealthCheck = _time.GetUtcNow();
                Status = ServerStatus.Running;
            }
            catch (Exception e) when (!stop.IsCancellationRequested && !child.HasExited)
            {
                misses++;
                Status = ServerStatus.Unhealthy;
                HubLog.PingMissed(_logger, Config.Name, misses, Log.Mask(e.Message));
                Event(HubEventKinds.HealthFailed, $"ping {misses} of {SupervisionTimings.HealthFailures} missed: {e.Message}");
                if (misses >= SupervisionTimings.HealthFailures)
                {
                    child.Kill();
                    return ($"stopped answering pings ({misses} in a row)", false);
                }
            }
        }
    }

    /// <summary>
    /// One MCP round trip: <c>ping</c>, or <c>tools/list</c> for a server without ping (the 2026-07-28 revision's servers
    /// may answer it "method not found"), from then on for this run. Any answer, an error answer too, shows the server
    /// alive; only silence (timeout) or a broken connection is a miss. Returns whether to ping next time.
    /// </summary>
    private static async Task<bool> HealthCheckAsync(IServerConnection child, bool usePing, CancellationToken cancellationToken)
    {
        if (usePing)
        {
            try
            {
                await child.Client.PingAsync(cancellationToken: cancellationToken);
                return true;
            }
            catch (ModelContextProtocol.McpProtocolException e) when (e.ErrorCode != ModelContextProtocol.McpErrorCode.MethodNotFound)
            {
                return true; // it answered, with an error: alive
            }
            catch (ModelContextProtocol.McpProtocolException)
            {
                // No ping here: tools/list from now on.
            }
        }
        try
        {
            await child.Client.ListToolsAsync(cancellationToken: cancellationToken);
        }
        catch (ModelContextProtocol.McpProtocolException)
        {
            // It answered, with an error: alive.
        }
        return false;
    }

    private async Task RefreshListsAsync()
    {
        if (Child is not { } child)
            return;
        try
        {
            var catalog = await ServerCatalog.ListAsync(child.Client, _stop.Token);
            // Only while that run is still the current one: a late answer must not bring back a stopped run's lists.
            lock (_failures)
            {
                if (!ReferenceEquals(Child, child))
                    return;
                _catalog = catalog;
            }
            await RaiseListsChangedAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            HubLog.ToolsRefreshFailed(_logger, Config.Name, Log.Mask(e.Message));
        }
    }

    private void Event(string kind, string detail) => _journal.Record(Config.Name, kind, detail);

    private async Task RaiseListsChangedAsync()
    {
        if (ListsChanged is { } changed)
            await changed();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
        _asked.Dispose();
    }
}
