using System.Diagnostics;
using McpServers.Testing;
using Microsoft.Extensions.Time.Testing;

namespace McpServers.ProcessPool.Tests;

public sealed class WorkerPoolTests
{
    [Fact]
    public async Task EachSession_GetsItsOwnWorkerProcess_AndKeepsIt()
    {
        await using var pool = new WorkerPool(TestWorkers.Options(maxWorkers: 3));

        Assert.Equal("hi", await pool.EchoAsync("a"));
        Assert.Equal("hi", await pool.EchoAsync("b"));
        var a = pool.ProcessIdOf("a");
        await pool.EchoAsync("a");

        Assert.NotNull(a);
        Assert.NotEqual(a, pool.ProcessIdOf("b"));
        Assert.Equal(a, pool.ProcessIdOf("a"));
        Assert.Equal(2, pool.Metrics().Spawned);
    }

    [Fact]
    public async Task ManyConcurrentNewSessions_NeverExceedTheCap()
    {
        await using var pool = new WorkerPool(TestWorkers.Options(maxWorkers: 3, warm: 1));
        var calls = Enumerable.Range(0, 24).Select(i => pool.EchoAsync($"s{i % 8}")).ToList();

        var outcomes = await Task.WhenAll(calls.Select(async c => await c.ContinueWith(t => t)));

        var metrics = pool.Metrics();
        Assert.True(metrics.Spawned <= 3, $"spawned {metrics.Spawned} workers with a cap of 3");
        Assert.Equal(3, metrics.Sessions.Count);
        Assert.Equal(3, metrics.Sessions.Select(s => s.ProcessId).Distinct().Count());
        Assert.All(outcomes.Where(o => o.IsFaulted), o => Assert.IsType<PoolFullException>(o.Exception!.InnerException));
        Assert.Equal(3 * 3, outcomes.Count(o => o.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task FullPool_WaitsThenFailsNamingTheSessions_AndAFreedSessionLetsTheWaiterIn()
    {
        await using var pool = new WorkerPool(TestWorkers.Options(maxWorkers: 2));
        await pool.EchoAsync("alpha");
        await pool.EchoAsync("beta");

        var clock = Stopwatch.StartNew();
        var full = await Assert.ThrowsAsync<PoolFullException>(() => pool.EchoAsync("gamma"));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"gave up after {clock.Elapsed}");
        Assert.Contains("pool full (2 of 2 busy; sessions: alpha, beta)", full.Message);

        var waiting = pool.EchoAsync("gamma", "let in");
        Assert.False(waiting.IsCompleted);
        await pool.CloseSessionsAsync(s => s == "alpha");
        Assert.Equal("let in", await waiting);
        Assert.Null(pool.ProcessIdOf("alpha"));
    }

    [Fact]
    public async Task KilledWorker_IsReportedToItsSessionOnce_OthersCarryOn()
    {
        await using var pool = new WorkerPool(TestWorkers.Options(maxWorkers: 3));
        await pool.EchoAsync("victim");
        await pool.EchoAsync("bystander");
        var pid = pool.ProcessIdOf("victim")!.Value;

        using (var process = Process.GetProcessById(pid))
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        var crash = await Assert.ThrowsAsync<WorkerCrashedException>(() => pool.EchoAsync("victim"));

        Assert.Contains($"The session 'victim' crashed: its worker process {pid}", crash.Message);
        Assert.Contains("Its state is gone; call again to start a new session.", crash.Message);
        Assert.Equal("still here", await pool.EchoAsync("bystander", "still here"));
        Assert.Equal("fresh", await pool.EchoAsync("victim", "fresh"));
        Assert.NotEqual(pid, pool.ProcessIdOf("victim"));
        Assert.Equal(1, pool.Metrics().Crashed);
    }

    [Fact]
    public async Task HungWorker_IsKilledByThePing_AndReported()
    {
        await using var pool = new WorkerPool(TestWorkers.Options());
        await pool.EchoAsync("frozen");
        var pid = pool.ProcessIdOf("frozen")!.Value;

        Assert.Equal(0, Posix.Kill(pid, 19)); // SIGSTOP: alive, but answers nothing
        await pool.PingAllAsync();
        var crash = await Assert.ThrowsAsync<WorkerCrashedException>(() => pool.EchoAsync("frozen"));

        Assert.Contains("stopped answering", crash.Message);
        Assert.False(ProcessTree.IsAlive(pid));
    }

    [Fact]
    public async Task IdleSession_ExpiresOnTheClock_ItsProcessIsReaped_AndTheNextCallSaysSo()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var pool = new WorkerPool(TestWorkers.Options() with { IdleTimeout = TimeSpan.FromMinutes(5) }, clock);
        await pool.EchoAsync("sleepy");
        await pool.EchoAsync("busy");
        var pid = pool.ProcessIdOf("sleepy")!.Value;

        clock.Advance(TimeSpan.FromMinutes(3));
        await pool.EchoAsync("busy");
        clock.Advance(TimeSpan.FromMinutes(3));
        await pool.SweepAsync();

        Assert.Empty(await ProcessTree.WaitUntilGoneAsync([pid], TimeSpan.FromSeconds(10)));
        var expired = await Assert.ThrowsAsync<SessionExpiredException>(() => pool.EchoAsync("sleepy"));
        Assert.Contains("expired after 5 min", expired.Message);
        Assert.Equal("again", await pool.EchoAsync("sleepy", "again"));
        Assert.NotNull(pool.ProcessIdOf("busy"));
        Assert.Equal(1, pool.Metrics().Expired);
    }

    [Fact]
    public async Task WarmSpare_IsHandshakenAhead_AndGivenToTheNextSession()
    {
        await using var pool = new WorkerPool(TestWorkers.Options(maxWorkers: 3, warm: 1));
        await pool.WarmAsync();
        var spare = Assert.Single(pool.Metrics().SpareProcessIds);

        await pool.EchoAsync("first");

        Assert.Equal(spare, pool.ProcessIdOf("first"));
        await pool.WarmAsync();
        Assert.Single(pool.Metrics().SpareProcessIds);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public async Task ClosedSession_WorkerIsReusedOnlyWhenAllowed_AfterAReset(int sessionsPerWorker, bool reused)
    {
        // One worker in all: no fresh spare can be started beside the session, so a reusable worker is worth keeping.
        await using var pool = new WorkerPool(TestWorkers.Options(maxWorkers: 1, warm: 1) with { MaxSessionsPerWorker = sessionsPerWorker });
        await pool.EchoAsync("first");
        var first = pool.ProcessIdOf("first")!.Value;

        await pool.CloseSessionsAsync(s => s == "first");
        var spares = pool.Metrics().SpareProcessIds;

        Assert.Equal(reused, spares.Contains(first));
        if (!reused)
        {
            Assert.Empty(await ProcessTree.WaitUntilGoneAsync([first], TimeSpan.FromSeconds(10)));
            return;
        }
        // The next session gets the same process, which the pool reset (the worker counted it) in between.
        Assert.Equal("1", await pool.TextAsync("second", "resets"));
        Assert.Equal(first, pool.ProcessIdOf("second"));
    }

    [Fact]
    public async Task ProgressAndCancellation_CrossTheChannel_AndTheWorkerCarriesOn()
    {
        await using var pool = new WorkerPool(TestWorkers.Options());
        await pool.EchoAsync("long");
        var pid = pool.ProcessIdOf("long");
        var reports = new List<string>();
        var allReported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = new Reports(value =>
        {
            lock (reports)
            {
                reports.Add($"{value.Message} ({value.Progress}/{value.Total})");
                if (reports.Count == 3)
                    allReported.TrySetResult();
            }
        });
        using var cancel = new CancellationTokenSource();

        var call = pool.CallToolAsync("long", "steps_then_wait", TestWorkers.Arguments(("steps", 3)), progress, cancel.Token);
        await allReported.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"the cancelled call ended after {clock.Elapsed}");
        Assert.Equal(["step 1 (1/3)", "step 2 (2/3)", "step 3 (3/3)"], reports);
        // The worker itself saw the cancellation (not only the pool's side of the call), and serves the session on.
        Assert.Equal("cancelled", await pool.TextAsync("long", "cancellation_seen"));
        Assert.Equal(pid, pool.ProcessIdOf("long"));
    }

    [Fact]
    public async Task WorkerKilledMidCall_GivesThatCallTheCrash_AtOnce_OthersCarryOn()
    {
        await using var pool = new WorkerPool(TestWorkers.Options());
        await pool.EchoAsync("bystander");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var call = pool.CallToolAsync("victim", "steps_then_wait", TestWorkers.Arguments(("steps", 1)), new Reports(_ => started.TrySetResult()));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var pid = pool.ProcessIdOf("victim")!.Value;
        Assert.Equal(0, Posix.Kill(pid, 9));
        var crash = await Assert.ThrowsAsync<WorkerCrashedException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains($"worker process {pid}", crash.Message);
        Assert.Equal("still here", await pool.EchoAsync("bystander", "still here"));
        Assert.Equal(1, pool.Metrics().Crashed);
    }

    [Fact]
    public async Task UnknownTool_IsTheWorkersProtocolError_AndTheWorkerCarriesOn()
    {
        await using var pool = new WorkerPool(TestWorkers.Options());

        var error = await Assert.ThrowsAsync<ModelContextProtocol.McpProtocolException>(() => pool.CallToolAsync("s", "no_such_tool", null));

        Assert.Equal(ModelContextProtocol.McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("Unknown tool: 'no_such_tool'", error.Message);
        Assert.Equal("after", await pool.EchoAsync("s", "after"));
        Assert.Equal(0, pool.Metrics().Crashed);
    }

    /// <summary>Progress reported on the caller's thread, in the order it arrives.</summary>
    private sealed class Reports(Action<ModelContextProtocol.ProgressNotificationValue> report) : IProgress<ModelContextProtocol.ProgressNotificationValue>
    {
        public void Report(ModelContextProtocol.ProgressNotificationValue value) => report(value);
    }

    [Fact]
    public async Task Dispose_KillsEveryWorker()
    {
        var pool = new WorkerPool(TestWorkers.Options(maxWorkers: 3, warm: 1));
        await pool.EchoAsync("x");
        await pool.WarmAsync();
        var pids = pool.Metrics().Sessions.Select(s => s.ProcessId).Concat(pool.Metrics().SpareProcessIds).ToList();

        await pool.DisposeAsync();

        Assert.Equal(2, pids.Count);
        Assert.Empty(await ProcessTree.WaitUntilGoneAsync(pids, TimeSpan.FromSeconds(10)));
    }
}
