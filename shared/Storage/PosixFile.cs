using System.Runtime.InteropServices;

namespace McpServers.Storage;

/// <summary>The few POSIX calls .NET does not expose: syncing a directory so a rename inside it survives a crash.</summary>
internal static partial class PosixFile
{
    private const int ReadOnly = 0;

    /// <summary>fsyncs a directory; a no-op where directories cannot be opened (Windows).</summary>
    public static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
            return;
        var fd = Open(directory, ReadOnly);
        if (fd < 0)
            throw new IOException($"Cannot open directory {directory} to sync it (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (Fsync(fd) != 0)
                throw new IOException($"Cannot sync directory {directory} (errno {Marshal.GetLastPInvokeError()})");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
