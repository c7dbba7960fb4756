using System.Runtime.InteropServices;

namespace McpServers.Testing;

/// <summary>Signals for tests that must end a process the way an OS or a user would.</summary>
public static partial class Posix
{
    public const int SigTerm = 15;
    public const int SigKill = 9;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
