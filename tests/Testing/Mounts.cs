namespace McpServers.Testing;

/// <summary>A directory made read-only for the test: a read-only bind mount as root (root ignores permissions), else chmod 555.</summary>
public sealed class ReadOnlyDirectory : IDisposable
{
    private readonly string _path;
    private readonly bool _mounted;

    private ReadOnlyDirectory(string path, bool mounted)
    {
        _path = path;
        _mounted = mounted;
    }

    public static async Task<ReadOnlyDirectory> MakeAsync(string path)
    {
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("Unix only");
        if (!Posix.IsRoot)
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
            return new ReadOnlyDirectory(path, mounted: false);
        }
        await Mount.RunAsync("--bind", path, path);
        await Mount.RunAsync("-o", "remount,bind,ro", path);
        return new ReadOnlyDirectory(path, mounted: true);
    }

    public void Dispose()
    {
        if (_mounted)
            Mount.Unmount(_path);
        else if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}

/// <summary>A tiny tmpfs, to make "disk full" happen for real. Mounting needs root (as CI runs).</summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static async Task<SmallDisk> MountAsync(string path, string size)
    {
        if (!Posix.IsRoot)
            throw new InvalidOperationException("This test mounts a small tmpfs to fill a disk for real, which needs root (CI runs as root).");
        Directory.CreateDirectory(path);
        await Mount.RunAsync("-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
        return new SmallDisk(path);
    }

    public void Dispose() => Mount.Unmount(Path);
}

internal static class Mount
{
    public static async Task RunAsync(params string[] args)
    {
        var (exitCode, _, stderr) = await ChildProcess.RunAsync("mount", args, TimeSpan.FromSeconds(30));
        if (exitCode != 0)
            throw new InvalidOperationException($"mount {string.Join(' ', args)} failed: {stderr}");
    }

    public static void Unmount(string path)
    {
        using var child = ChildProcess.Start("umount", ["-l", path]);
        child.WaitForExitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
    }
}
