using System.Runtime.InteropServices;

namespace McpServers.Hub.Supervision;

/// <summary>The one system call the hub needs beyond .NET: a signal to a whole process group.</summary>
internal static partial class Posix
{
    public const int SigKill = 9;
    public const int SigTerm = 15;

    /// <summary>Sends <paramref name="signal"/> to every process of the group <paramref name="processGroup"/>.</summary>
    public static void SignalGroup(int processGroup, int signal) => _ = Kill(-processGroup, signal);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
