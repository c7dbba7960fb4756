using System.Diagnostics;
using McpServers.Hosting;
using McpServers.Hub.Config;
using McpServers.Hub.Logs;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Hub.Supervision;

/// <summary>
/// One run of a stdio server: its process, in a process group of its own (so its own children end with it), and the
/// hub's MCP client on its stdin/stdout. The exit is reported once its stderr is read to the end (2 s at most), so a
/// failure can quote its last words.
/// </summary>
internal sealed class ChildServer : IServerConnection
{
    private readonly Process _process;
    private readonly OrphanReaper _reaper;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _stderrTail = new();
    private McpClient? _client;
    private int? _exitCode;

    private ChildServer(Process process, OrphanReaper reaper)
    {
        _process = process;
        _reaper = reaper;
        ProcessId = process.Id;
    }

    /// <summary>The server's process id, which is also its process group (setsid).</summary>
    public int ProcessId { get; }

    int? IServerConnection.ProcessId => ProcessId;

    public McpClient Client => _client ?? throw new InvalidOperationException("not connected");

    public Task Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    public string ExitDescription
    {
        get
        {
            var code = _exitCode;
            string tail;
            lock (_stderrTail)
                tail = string.Join(" | ", _stderrTail);
            var exit = code switch { null => "still running", > 128 => $"killed by signal {code - 128}", _ => $"exited with code {code}" };
            return tail.Length > 0 ? $"{exit} ({tail})" : exit;
        }
    }

    /// <summary>True when the process ended on its own with code 0.</summary>
    public bool ExitedCleanly => _exitCode == 0;

    /// <summary>Starts the server and completes the MCP handshake; a server that fails first is killed and its stderr quoted.</summary>
    public static async Task<ChildServer> StartAsync(HubServerConfig config, OrphanReaper reaper, ServerLog log, McpClientOptions options,
        CancellationToken cancellationToken)
    {
        var command = config.Command ?? throw new InvalidOperationException("not a stdio server");
        // setsid runs the command as the leader of a new session and process group (it execs, so the pid is the server's).
        var info = new ProcessStartInfo("setsid")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(command);
        foreach (var argument in config.Args)
            info.ArgumentList.Add(argument);
        // The hub's own transport, token and settings are not the child's: it speaks stdio to the hub, with only its own env.
        foreach (var name in McpHost.SharedOptionVariables.Concat(HubOptions.All.Select(o => o.EnvironmentVariable).OfType<string>()))
            info.Environment.Remove(name);
        info.Environment.Remove(OrphanReaper.EnvironmentVariable);
        foreach (var (key, value) in config.Env)
            info.Environment[key] = value;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            throw new ChildFailedException($"{command} could not be run: {e.Message}", e);
        }
        reaper.Watch(process.Id);
        var child = new ChildServer(process, reaper);
        process.Exited += (_, _) => child.OnExited();
        if (process.HasExited)
            child.OnExited();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                child._stderrClosed.TrySetResult();
                return;
            }
            // Masked before anything keeps it (the log, then the tail quoted in errors). Nothing a line does may end the hub.
            try
            {
                child.OnStderr(log.Append("stderr", e.Data));
            }
            catch (Exception)
            {
                // The log is best effort; the server and the hub go on.
            }
        };
        process.BeginErrorReadLine();
        try
        {
            // A child that dies during the handshake fails it at once, not after a timeout.
            var connecting = McpClient.CreateAsync(new StreamClientTransport(process.StandardInput.BaseStream, process.StandardOutput.BaseStream),
                options, cancellationToken: cancellationToken);
            if (await Task.WhenAny(connecting, child.Exited) != connecting)
                throw new ChildFailedException($"{command} {child.ExitDescription} before answering initialize");
            child._client = await connecting;
            return child;
        }
        catch (Exception e)
        {
            // Its exit (with the end of its stderr) is awaited first, so the message can say how and why it ended.
            child.Kill();
            await child.Exited.WaitAsync(TimeSpan.FromSeconds(3)).ContinueWith(_ => { }, TaskScheduler.Default);
            var failure = e as ChildFailedException ?? new ChildFailedException($"{command} {child.ExitDescription} before answering initialize", e);
            await child.DisposeAsync();
            throw failure;
        }
    }

    /// <summary>Kills the server and everything in its process group, at once.</summary>
    public void Kill() => Posix.SignalGroup(ProcessId, Posix.SigKill);

    /// <summary>Ends the server gently: its stdin closes (an MCP server's cue to exit), then SIGTERM, then SIGKILL, 2 s apart.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_client is { } client)
        {
            try
            {
                await client.DisposeAsync();
            }
            catch (Exception)
            {
                // The process is going: a failed goodbye on its pipes changes nothing.
            }
        }
        try
        {
            _process.StandardInput.Close(); // the end of its input: an MCP stdio server's cue to exit
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
        }
        foreach (var signal in new[] { 0, Posix.SigTerm, Posix.SigKill })
        {
            if (signal != 0)
                Posix.SignalGroup(ProcessId, signal);
            if (await _exited.Task.WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default))
                break;
        }
        Kill(); // whatever is left of its group
        await _exited.Task.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _reaper.Forget(ProcessId);
        _process.Dispose();
    }

    private void OnExited()
    {
        try
        {
            _exitCode = _process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            _exitCode = -1;
        }
        // The group may hold the server's own children still: they go with it.
        Kill();
        _ = _stderrClosed.Task.WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => _exited.TrySetResult(), TaskScheduler.Default);
    }

    private void OnStderr(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
            return;
        lock (_stderrTail)
        {
            _stderrTail.Enqueue(line.Length > 300 ? line[..300] : line);
            while (_stderrTail.Count > 3)
                _stderrTail.Dequeue();
        }
    }
}

/// <summary>A server that could not be started or connected to.</summary>
internal sealed class ChildFailedException(string message, Exception? inner = null) : Exception(message, inner);
