using System.Runtime.InteropServices;

namespace McpServers.PlaywrightWorker;

/// <summary>
/// Ends the worker when its parent dies. Stdin closing covers most cases; this covers the rest (a parent killed while
/// a child of it still holds the pipe open): when the worker is handed to another parent, it leaves.
/// </summary>
internal static class ParentWatch
{
    public static void Start(Action onOrphaned)
    {
        if (!OperatingSystem.IsLinux())
            return;
        var parent = GetParentPid();
        var timer = new Timer(_ =>
        {
            if (GetParentPid() != parent)
                onOrphaned();
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        GC.KeepAlive(timer);
        Instance = timer;
    }

    private static Timer? Instance { get; set; }

    [DllImport("libc", EntryPoint = "getppid")]
    private static extern int GetParentPid();
}
