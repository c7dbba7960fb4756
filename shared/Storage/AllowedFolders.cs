namespace McpServers.Storage;

/// <summary>
/// The folders a server may read files from and the one it writes to. A path is accepted only when its real location
/// (symlinks followed) lies inside an allowed folder, so a link cannot lead outside; written files get plain names.
/// </summary>
public sealed class AllowedFolders(IReadOnlyList<string> readRoots, string? writeFolder, string readWhat, string rootsOption)
{
    /// <summary>The folders files may be read from.</summary>
    public IReadOnlyList<string> ReadRoots { get; } = readRoots;

    /// <summary>The only folder files are written to, if any.</summary>
    public string? WriteFolder { get; } = writeFolder;

    /// <summary>The real path of an existing file inside a read root.</summary>
    /// <exception cref="PathRefusedException">No such file, or it lies outside every read root.</exception>
    public string ResolveReadable(string path)
    {
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path));
        if (!File.Exists(full))
            throw new PathRefusedException($"No file at {full}.");
        var real = RealPath(full);
        var roots = ReadRoots.Select(r => RealPath(Path.GetFullPath(r)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar);
        if (!roots.Any(r => real.StartsWith(r, StringComparison.Ordinal)))
            throw new PathRefusedException($"{full} is outside the folders {readWhat} ({string.Join(", ", ReadRoots)}); start the server with --{rootsOption} to add one.");
        return real;
    }

    /// <summary>A path in the write folder for <paramref name="fileName"/>, which must be a plain file name.</summary>
    /// <exception cref="PathRefusedException">The name has folders in it or starts with a dot.</exception>
    public string WritablePath(string fileName)
    {
        var folder = WriteFolder ?? throw new InvalidOperationException("no write folder configured");
        var name = Path.GetFileName(fileName);
        if (name.Length == 0 || name != fileName.Trim() || name.StartsWith('.'))
            throw new PathRefusedException($"'{fileName}' must be a plain file name (no folders); files are written to {folder}.");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    private static string RealPath(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true) : new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null)
                return Path.GetFullPath(target.FullName);
            var parent = Path.GetDirectoryName(path);
            return parent is null || parent == path ? path : Path.Combine(RealPath(parent), Path.GetFileName(path));
        }
        catch (IOException)
        {
            return path;
        }
    }
}

/// <summary>A path a tool was given is not one it may use; the message says why and what is allowed.</summary>
public sealed class PathRefusedException(string message) : Exception(message);
