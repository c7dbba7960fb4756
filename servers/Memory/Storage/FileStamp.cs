namespace McpServers.Memory.Storage;

/// <summary>What stat says of a file: enough to notice that someone else (another server, an editor) replaced it.</summary>
internal readonly record struct FileStamp(bool Exists, long Length, long LastWriteTicks)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new(true, info.Length, info.LastWriteTimeUtc.Ticks) : default;
    }
}
