using System.Runtime.InteropServices;

namespace McpServers.Storage;

/// <summary>The POSIX calls .NET does not expose: blocking <c>flock</c>, and syncing a directory so a rename in it survives a crash.</summary>
internal static partial class PosixFile
{
    private const int ReadOnly = 0;
    private const int ReadWrite = 2;
    private const int Create = 0x40;
    private const int CloseOnExec = 0x80000;
    private const int LockExclusiveFlag = 2;
    private const int NonBlocking = 4;
    private const int Interrupted = 4;

    /// <summary>
    /// Opens (creating) a lock file; the descriptor is not inherited by child processes. In a read-only folder an
    /// existing lock file is opened read-only (flock does not need write access), so readers still work there.
    /// </summary>
    public static int OpenLockFile(string path)
    {
        var fd = Open(path, ReadWrite | Create | CloseOnExec, Convert.ToInt32("644", 8));
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            fd = Open(path, ReadOnly | CloseOnExec, 0);
            if (fd < 0)
                throw new IOException($"Cannot open lock file {path}: {Describe(errno)}");
        }
        return fd;
    }

    /// <summary>Takes the exclusive lock if it is free; false when another process holds it.</summary>
    public static bool TryLockExclusive(int fd) => Flock(fd, LockExclusiveFlag | NonBlocking) == 0;

    /// <summary>Blocks until the exclusive lock is granted.</summary>
    public static void LockExclusive(int fd)
    {
        while (Flock(fd, LockExclusiveFlag) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno != Interrupted)
                throw new IOException($"Cannot lock: {Describe(errno)}");
        }
    }

    public static void Close(int fd) => _ = CloseNative(fd);

    /// <summary>fsyncs a directory; a no-op where directories cannot be opened (Windows).</summary>
    public static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
            return;
        var fd = Open(directory, ReadOnly, 0);
        if (fd < 0)
            throw new IOException($"Cannot open directory {directory} to sync it: {Describe(Marshal.GetLastPInvokeError())}");
        try
        {
            if (Fsync(fd) != 0)
                throw new IOException($"Cannot sync directory {directory}: {Describe(Marshal.GetLastPInvokeError())}");
        }
        finally
        {
            Close(fd);
        }
    }

    private static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int CloseNative(int fd);
}
