namespace McpServers.Storage;

/// <summary>
/// Replaces a file so that a crash at any instant leaves either the old or the new content, never a mix:
/// write a temporary file beside it, fsync it, rename it over the target, fsync the directory.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes the content produced by <paramref name="write"/> to <paramref name="path"/> atomically and durably.
    /// With <paramref name="mode"/> the file has exactly those permissions from its first byte (for secrets);
    /// without, it keeps the permissions of the file it replaces.
    /// </summary>
    /// <exception cref="IOException">The write failed (disk full, read-only directory); the original file is untouched.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory is not writable; the original file is untouched.</exception>
    public static void Write(string path, Action<Stream> write, UnixFileMode? mode = null)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 64 * 1024 };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = mode;
            using (var stream = new FileStream(temp, options))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            if (mode is null)
                CopyPermissions(fullPath, temp);
            File.Move(temp, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        PosixFile.SyncDirectory(directory);
    }

    /// <summary>
    /// Creates <paramref name="path"/> with <paramref name="content"/> unless it already exists, atomically: a reader sees
    /// no file or the whole file, and when two processes race exactly one wins. False when the file already existed.
    /// </summary>
    public static bool CreateNew(string path, byte[] content, UnixFileMode mode)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = mode;
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, fullPath, overwrite: false);
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            TryDelete(temp);
            return false;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        PosixFile.SyncDirectory(directory);
        return true;
    }

    private static void CopyPermissions(string from, string to)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(from))
            return;
        File.SetUnixFileMode(to, File.GetUnixFileMode(from));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
