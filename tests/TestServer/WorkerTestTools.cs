using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace McpServers.TestServer;

/// <summary>Tools that let the tests of the pool and the hub see into the process: progress, cancellation, resets, which process.</summary>
[McpServerToolType]
public sealed class WorkerTestTools(WorkerTestState state)
{
    [McpServerTool(Name = "steps_then_wait"), Description("Reports progress once per step, then waits until the call is cancelled.")]
    public async Task<string> StepsThenWaitAsync([Description("Progress reports to send first")] int steps,
        IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        for (var step = 1; step <= steps; step++)
            progress.Report(new ProgressNotificationValue { Progress = step, Total = steps, Message = $"step {step}" });
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            state.Cancelled.TrySetResult();
            throw;
        }
        return "not cancelled";
    }

    [McpServerTool(Name = "cancellation_seen"), Description("Answers once a call in this process has seen its cancellation (at most 10 s).")]
    public async Task<string> CancellationSeenAsync(CancellationToken cancellationToken)
    {
        await state.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        return "cancelled";
    }

    [McpServerTool(Name = "process_id"), Description("The id of this server's process.")]
    public int ProcessId() => Environment.ProcessId;

    [McpServerTool(Name = "resets"), Description("How many times the pool reset this worker.")]
    public int Resets() => state.Resets;
}

/// <summary>What the worker test tools observe in this process.</summary>
public sealed class WorkerTestState
{
    private int _resets;

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Resets => Volatile.Read(ref _resets);

    /// <summary>The pool's reset (see TestServerDefinition): counted, so a test can tell a reused worker was reset.</summary>
    public Task ResetAsync()
    {
        Interlocked.Increment(ref _resets);
        return Task.CompletedTask;
    }
}
