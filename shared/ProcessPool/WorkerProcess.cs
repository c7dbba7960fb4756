using System.Diagnostics;
using McpServers.WorkerRpc;
using Microsoft.Extensions.Logging;

namespace McpServers.ProcessPool;

/// <summary>One worker: its OS process (and everything it started) and the channel to it.</summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _stderrTail = new();
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IWorkerChannel? _channel;

    private WorkerProcess(Process process, DateTimeOffset startedAt)
    {
        _process = process;
        StartedAt = startedAt;
        ProcessId = process.Id;
    }

    public int ProcessId { get; }

    public DateTimeOffset StartedAt { get; }

    public int SessionsServed { get; set; }

    /// <summary>Set when the pool killed the worker for not answering, to explain the crash.</summary>
    public string? HungReason { get; set; }

    public IWorkerChannel Channel => _channel ?? throw new InvalidOperationException("worker not connected");

    /// <summary>Completes when the process has exited.</summary>
    public Task Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>What the worker last wrote to stderr, to explain a crash.</summary>
    public string StderrTail
    {
        get
        {
            lock (_stderrTail)
                return string.Join(" | ", _stderrTail);
        }
    }

    public string ExitDescription => HasExited
        ? $"exited with code {SafeExitCode()}" + (StderrTail.Length > 0 ? $" ({StderrTail})" : "")
        : "still running";

    /// <summary>Starts the process and makes the first round trip on its channel.</summary>
    public static async Task<WorkerProcess> StartAsync(WorkerCommand command, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
            info.ArgumentList.Add(argument);
        foreach (var name in command.RemovedEnvironment)
            info.Environment.Remove(name);
        foreach (var (key, value) in command.Environment)
            info.Environment[key] = value;
        // A worker that must not outlive the pool can compare this with its parent (a child re-parented by the OS).
        info.Environment["MCP_WORKER_PARENT_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Asks the worker for the pool's channel instead of MCP (McpServers.WorkerRpc).
        info.Environment[WorkerRpcConnection.EnvironmentVariable] = WorkerRpcConnection.Version;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        if (!process.Start())
            throw new WorkerStartException($"Could not start {command.FileName}");
        var worker = new WorkerProcess(process, now);
        // The exit is reported once stderr is read to its end (or 2 s on, if a leftover child still holds it), so a crash
        // report can quote the worker's last words.
        process.Exited += (_, _) => worker.OnExited();
        if (process.HasExited)
            worker.OnExited();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                worker._stderrClosed.TrySetResult();
            else
                worker.OnStderr(e.Data, logger);
        };
        process.BeginErrorReadLine();
        try
        {
            worker._channel = await WorkerRpcChannel.ConnectAsync(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, cancellationToken);
            return worker;
        }
        catch (Exception e)
        {
            // A worker that fails at start says why on stderr: end it, then read its stderr to the end (a moment at most) to quote it.
            worker.Kill();
            await worker._stderrClosed.Task.WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => { }, TaskScheduler.Default);
            await worker.DisposeAsync();
            throw new WorkerStartException($"Worker {command.FileName} did not start: {e.Message} {worker.StderrTail}".Trim(), e);
        }
    }

    /// <summary>Kills the worker and every process it started, at once.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        if (_channel is not null)
        {
            try
            {
                await _channel.DisposeAsync();
            }
            catch (Exception)
            {
                // The process is gone; a failure to say goodbye on its pipes changes nothing.
            }
        }
        await _exited.Task.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _process.Dispose();
    }

    private void OnExited() =>
        _ = _stderrClosed.Task.WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => _exited.TrySetResult(), TaskScheduler.Default);

    private void OnStderr(string? line, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(line))
            return;
        PoolLog.WorkerStderr(logger, ProcessId, line);
        lock (_stderrTail)
        {
            _stderrTail.Enqueue(line.Length > 300 ? line[..300] : line);
            while (_stderrTail.Count > 5)
                _stderrTail.Dequeue();
        }
    }

    private string SafeExitCode()
    {
        try
        {
            return _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "unknown";
        }
    }
}
