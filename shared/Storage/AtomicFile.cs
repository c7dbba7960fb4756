namespace McpServers.Storage;

/// <summary>
/// Replaces a file so that a crash at any instant leaves either the old or the new content, never a mix:
/// write a temporary file beside it, fsync it, rename it over the target, fsync the directory.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes the content produced by <paramref name="write"/> to <paramref name="path"/> atomically and durably.</summary>
    /// <exception cref="IOException">The write failed (disk full, read-only directory); the original file is untouched.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory is not writable; the original file is untouched.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
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
