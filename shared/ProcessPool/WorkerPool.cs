using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace McpServers.ProcessPool;

/// <summary>
/// A capped pool of MCP worker processes, one per session. A session gets a warm spare when there is one, else a new
/// worker while fewer than <see cref="WorkerPoolOptions.MaxWorkers"/> live, else waits for one to free up and fails
/// with "pool full" after <see cref="WorkerPoolOptions.AcquireTimeout"/>. Idle sessions expire, dead or hung workers
/// are reaped and reported to their session's next call, and spares are topped up. Every count changes under one lock,
/// so there are never more processes than the cap, whatever the race.
/// </summary>
public sealed partial class WorkerPool : IAsyncDisposable
{
    private const int RememberedEndings = 1000;

    private readonly Lock _gate = new();
    private readonly WorkerPoolOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<string, PoolSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<PoolSession>> _creating = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorkerPoolException> _ended = new(StringComparer.Ordinal);
    private readonly List<WorkerProcess> _spares = [];
    private readonly List<TaskCompletionSource> _waiters = [];
    private readonly ITimer _maintenance;
    private readonly ITimer _pinger;
    private int _starting;
    private int _startingSpares;
    private long _spawned;
    private long _crashed;
    private long _expired;
    private bool _disposed;

    /// <summary>Creates an empty pool; workers start on demand (or with <see cref="Warm"/>).</summary>
    public WorkerPool(WorkerPoolOptions options, TimeProvider? time = null, ILogger<WorkerPool>? logger = null)
    {
        options.Validate();
        _options = options;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<WorkerPool>.Instance;
        var sweep = TimeSpan.FromTicks(Math.Clamp(options.IdleTimeout.Ticks / 4, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(30).Ticks));
        _maintenance = _time.CreateTimer(_ => _ = SweepAsync(), null, sweep, sweep);
        _pinger = _time.CreateTimer(_ => _ = PingAllAsync(), null, options.PingInterval, options.PingInterval);
    }

    /// <summary>The pool's limits and timers.</summary>
    public WorkerPoolOptions Options => _options;

    /// <summary>Starts the warm spares now instead of at the first session.</summary>
    public void Warm() => TopUpSpares();

    /// <summary>Starts the warm spares and waits until they are ready (or could not start).</summary>
    public async Task WarmAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            TaskCompletionSource waiter;
            lock (_gate)
            {
                if (_spares.Count >= _options.WarmWorkers || (_startingSpares == 0 && _time.GetUtcNow() < _spareBackoffUntil))
                    return;
                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add(waiter);
            }
            TopUpSpares();
            await waiter.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Calls a tool on the session's worker, creating the session on first use. Progress and cancellation pass through.
    /// </summary>
    /// <exception cref="WorkerPoolException">Pool full, session expired, worker crashed or could not start.</exception>
    public async Task<CallToolResult> CallToolAsync(string sessionKey, string tool, IReadOnlyDictionary<string, JsonElement>? arguments,
        IProgress<ProgressNotificationValue>? progress = null, CancellationToken cancellationToken = default)
    {
        var session = await AcquireAsync(sessionKey, cancellationToken);
        try
        {
            var call = session.Worker.Channel.CallToolAsync(tool, arguments, progress, cancellationToken);
            var finished = await Task.WhenAny(call, session.Worker.Exited);
            // A call that failed because the pipe broke: give the exit notice a moment to arrive, so it is reported as the crash it is.
            if (finished == call && call.IsFaulted && call.Exception?.InnerException is not ModelContextProtocol.McpProtocolException)
                await Task.WhenAny(session.Worker.Exited, Task.Delay(TimeSpan.FromSeconds(3), CancellationToken.None));
            if (finished != call || (call.IsFaulted && session.Worker.HasExited))
            {
                await session.Worker.Exited;
                OnWorkerExited(session.Worker);
                throw TakeEnding(sessionKey) ?? Crashed(sessionKey, session.Worker);
            }
            return await call;
        }
        finally
        {
            lock (_gate)
            {
                session.InFlight--;
                session.LastUsed = _time.GetUtcNow();
            }
        }
    }

    /// <summary>The process id of a session's worker, or null when the session has none.</summary>
    public int? ProcessIdOf(string sessionKey)
    {
        lock (_gate)
            return _sessions.TryGetValue(sessionKey, out var session) ? session.Worker.ProcessId : null;
    }

    /// <summary>Closes sessions (and reaps their workers); returns how many were closed.</summary>
    public async Task<int> CloseSessionsAsync(Func<string, bool> which)
    {
        List<PoolSession> closing;
        lock (_gate)
        {
            closing = _sessions.Values.Where(s => which(s.Key)).ToList();
            foreach (var session in closing)
                _sessions.Remove(session.Key);
        }
        foreach (var session in closing)
            await RetireAsync(session.Worker);
        Signal();
        TopUpSpares();
        return closing.Count;
    }

    /// <summary>Counts and sessions, now.</summary>
    public PoolMetrics Metrics()
    {
        lock (_gate)
        {
            var sessions = _sessions.Values.Select(s => s.ToInfo()).OrderBy(s => s.Session, StringComparer.Ordinal).ToList();
            return new PoolMetrics(sessions.Count(s => s.Busy), sessions.Count(s => !s.Busy), _spares.Count, _starting, _options.MaxWorkers,
                Interlocked.Read(ref _spawned), Interlocked.Read(ref _crashed), Interlocked.Read(ref _expired), sessions,
                _spares.Select(w => w.ProcessId).ToList());
        }
    }

    private async Task<PoolSession> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.AcquireTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        while (true)
        {
            Task<PoolSession>? creation = null;
            TaskCompletionSource? waiter = null;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (TakeEnding(key) is { } ending)
                    throw ending;
                if (_sessions.TryGetValue(key, out var existing))
                {
                    existing.InFlight++;
                    existing.LastUsed = _time.GetUtcNow();
                    return existing;
                }
                if (!_creating.TryGetValue(key, out creation))
                {
                    if (TakeSpare() is { } spare)
                        return Bind(key, spare);
                    if (LiveWorkers < _options.MaxWorkers)
                    {
                        _starting++;
                        creation = _creating[key] = CreateSessionAsync(key);
                    }
                    else
                    {
                        waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                        _waiters.Add(waiter);
                    }
                }
            }
            if (creation is not null)
            {
                var session = await creation.WaitAsync(cancellationToken);
                lock (_gate)
                {
                    session.InFlight++;
                    session.LastUsed = _time.GetUtcNow();
                }
                return session;
            }
            try
            {
                await waiter!.Task.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw PoolFull();
            }
        }
    }

    private async Task<PoolSession> CreateSessionAsync(string key)
    {
        await Task.Yield();
        WorkerProcess worker;
        try
        {
            worker = await StartWorkerAsync();
        }
        catch
        {
            lock (_gate)
            {
                _starting--;
                _creating.Remove(key);
            }
            Signal();
            throw;
        }
        lock (_gate)
        {
            _starting--;
            _creating.Remove(key);
            var session = Bind(key, worker);
            session.InFlight--; // Bind counts the caller's call; the awaiting callers count themselves.
            return session;
        }
    }

    /// <summary>Binds a worker to a new session, counting the caller's call. Called under the lock.</summary>
    private PoolSession Bind(string key, WorkerProcess worker)
    {
        worker.SessionsServed++;
        var session = new PoolSession(key, worker, _time.GetUtcNow()) { InFlight = 1 };
        _sessions[key] = session;
        PoolLog.SessionAssigned(_logger, key, worker.ProcessId);
        TopUpSparesLater();
        return session;
    }

    private async Task<WorkerProcess> StartWorkerAsync()
    {
        using var timeout = new CancellationTokenSource(_options.StartTimeout, _time);
        var worker = await WorkerProcess.StartAsync(_options.Command, _time.GetUtcNow(), _logger, timeout.Token);
        Interlocked.Increment(ref _spawned);
        _ = worker.Exited.ContinueWith(_ => OnWorkerExited(worker), TaskScheduler.Default);
        return worker;
    }

    private int LiveWorkers => _sessions.Count + _spares.Count + _starting;

    private PoolFullException PoolFull()
    {
        lock (_gate)
        {
            var names = string.Join(", ", _sessions.Keys.Order(StringComparer.Ordinal));
            return new PoolFullException(
                $"pool full ({LiveWorkers - _spares.Count} of {_options.MaxWorkers} busy; sessions: {names}). Waited {_options.AcquireTimeout.TotalSeconds:0.#} s; "
                + $"{_options.Wording.HowToClose} or try again later.");
        }
    }

    private void Signal()
    {
        List<TaskCompletionSource> waiters;
        lock (_gate)
        {
            waiters = [.. _waiters];
            _waiters.Clear();
        }
        foreach (var waiter in waiters)
            waiter.TrySetResult();
    }
}
