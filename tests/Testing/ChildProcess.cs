using System.Diagnostics;
using System.Text;

namespace McpServers.Testing;

/// <summary>A child process with its output collected, for tests that check exit codes, stdout and stderr.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<(StringBuilder Source, Func<string, bool> Match, TaskCompletionSource<string> Done)> _lineWaits = [];

    private ChildProcess(Process process) => Process = process;

    public Process Process { get; }

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    public static ChildProcess Start(string fileName, IEnumerable<string> args, IDictionary<string, string?>? environment = null,
        bool redirectStdin = false, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectStdin,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            info.Environment[key] = value;
        var child = new ChildProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        child.Process.OutputDataReceived += (_, e) => child.OnLine(child._stdout, e.Data);
        child.Process.ErrorDataReceived += (_, e) => child.OnLine(child._stderr, e.Data);
        child.Process.Start();
        child.Process.BeginOutputReadLine();
        child.Process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs to completion (or kills it after <paramref name="timeout"/>) and returns the exit code.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string fileName, IEnumerable<string> args,
        TimeSpan? timeout = null, IDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        using var child = Start(fileName, args, environment, workingDirectory: workingDirectory);
        var exitCode = await child.WaitForExitAsync(timeout ?? TimeSpan.FromSeconds(60));
        return (exitCode, child.Stdout, child.Stderr);
    }

    /// <summary>Waits for the first stdout line matching <paramref name="match"/>.</summary>
    public Task<string> WaitForStdoutLineAsync(Func<string, bool> match, TimeSpan timeout) => WaitForLineAsync(_stdout, match, timeout);

    /// <summary>Waits for the first stderr line matching <paramref name="match"/>.</summary>
    public Task<string> WaitForStderrLineAsync(Func<string, bool> match, TimeSpan timeout) => WaitForLineAsync(_stderr, match, timeout);

    private Task<string> WaitForLineAsync(StringBuilder source, Func<string, bool> match, TimeSpan timeout)
    {
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lineWaits)
        {
            string text;
            lock (source)
                text = source.ToString();
            var seen = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(match);
            if (seen is not null)
                return Task.FromResult(seen);
            _lineWaits.Add((source, match, done));
        }
        return done.Task.WaitAsync(timeout);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await Process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Process.StartInfo.FileName} did not exit within {timeout}; stderr: {Stderr}");
        }
        return Process.ExitCode;
    }

    private void OnLine(StringBuilder buffer, string? line)
    {
        if (line is null)
            return;
        lock (buffer)
            buffer.AppendLine(line);
        lock (_lineWaits)
        {
            foreach (var wait in _lineWaits.Where(w => w.Source == buffer && w.Match(line)).ToList())
            {
                _lineWaits.Remove(wait);
                wait.Done.TrySetResult(line);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!Process.HasExited)
                Process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        Process.Dispose();
    }
}
