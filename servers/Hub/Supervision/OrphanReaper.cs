using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace McpServers.Hub.Supervision;

/// <summary>
/// Keeps every child from outliving the hub, a SIGKILLed hub too: a small process (this executable in reaper mode)
/// reads the process groups of the running children from a pipe the hub holds. When the pipe closes because the hub is
/// gone, however it ended, the reaper kills every group still listed, with the children's own children in them.
/// </summary>
internal sealed class OrphanReaper : IDisposable
{
    /// <summary>Set in the reaper's environment: this executable then runs <see cref="Run"/> instead of the hub.</summary>
    public const string EnvironmentVariable = "MCP_HUB_REAPER";

    private readonly Process _process;
    private readonly StreamWriter _pipe;
    private readonly Lock _gate = new();

    private OrphanReaper(Process process)
    {
        _process = process;
        _pipe = process.StandardInput;
        _pipe.AutoFlush = true;
    }

    public static OrphanReaper Start()
    {
        var info = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("no executable path"))
        {
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.Environment[EnvironmentVariable] = "1";
        return new OrphanReaper(Process.Start(info) ?? throw new InvalidOperationException("the reaper did not start"));
    }

    /// <summary>Kill this group if the hub dies.</summary>
    public void Watch(int processGroup) => Send($"+{processGroup}");

    /// <summary>The group is gone (the hub reaped it): forget it, so a later group with the same number is left alone.</summary>
    public void Forget(int processGroup) => Send($"-{processGroup}");

    private void Send(string line)
    {
        lock (_gate)
        {
            try
            {
                _pipe.WriteLine(line);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The reaper is gone (killed by hand) or the hub is shutting down: nothing left to tell it.
            }
        }
    }

    /// <summary>Closes the pipe: the reaper kills what is still listed (nothing, after a clean shutdown) and exits.</summary>
    public void Dispose()
    {
        lock (_gate)
            _pipe.Dispose(); // Send after this is a no-op (ObjectDisposedException caught)
        _process.WaitForExit(TimeSpan.FromSeconds(5));
        _process.Dispose();
    }

    /// <summary>The reaper itself: keeps the listed groups until its input ends, then kills them. Signals do not stop it.</summary>
    public static int Run()
    {
        // Ctrl-C in a terminal signals the hub's whole process group, the reaper included; the reaper outlives the hub by design.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => c.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => c.Cancel = true);
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, c => c.Cancel = true);
        var groups = new HashSet<int>();
        while (Console.In.ReadLine() is { } line)
        {
            if (line.Length > 1 && int.TryParse(line.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var group) && group > 1)
            {
                if (line[0] == '+')
                    groups.Add(group);
                else if (line[0] == '-')
                    groups.Remove(group);
            }
        }
        foreach (var group in groups)
            Posix.SignalGroup(group, Posix.SigKill);
        return 0;
    }
}
