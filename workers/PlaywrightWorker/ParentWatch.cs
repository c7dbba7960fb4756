using System.Runtime.InteropServices;

namespace McpServers.PlaywrightWorker;

/// <summary>
/// Ends the worker when its parent dies. Stdin closing covers most cases; this covers the rest (a parent killed while
/// a child of it still holds the pipe open, or a worker still starting its browser): when the worker is handed to
/// another parent, it closes its browser (for at most 3 s) and leaves, by SIGKILL if exiting itself hangs.
/// </summary>
internal static class ParentWatch
{
    /// <summary>Set by the pool to its own process id: the parent this worker must outlive never.</summary>
    public const string ParentVariable = "MCP_WORKER_PARENT_PID";

    private static Timer? s_timer;

    public static void Start(Func<Task> closeBrowser)
    {
        if (!OperatingSystem.IsLinux())
            return;
        // The parent named by the pool, not the one seen now: a parent that died while this worker was still starting
        // has already handed it to another, and that one must not be taken for the parent.
        var parent = int.TryParse(Environment.GetEnvironmentVariable(ParentVariable), out var named) ? named : GetParentPid();
        s_timer = new Timer(_ =>
        {
            if (GetParentPid() == parent)
                return;
            s_timer?.Dispose();
            Task.Run(closeBrowser).Wait(TimeSpan.FromSeconds(2));
            _ = Task.Run(() => Environment.Exit(0));
            Thread.Sleep(TimeSpan.FromSeconds(2));
            Kill(Environment.ProcessId, 9);
        }, null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    [DllImport("libc", EntryPoint = "getppid")]
    private static extern int GetParentPid();

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
