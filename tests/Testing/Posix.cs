using System.Runtime.InteropServices;

namespace McpServers.Testing;

/// <summary>Signals and identity for tests that must act on processes the way an OS or a user would.</summary>
public static partial class Posix
{
    public const int SigTerm = 15;
    public const int SigKill = 9;

    public static bool IsRoot => GetEuid() == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEuid();
}
