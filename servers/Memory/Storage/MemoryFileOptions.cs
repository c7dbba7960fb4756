using McpServers.Hosting;
using McpServers.Storage;

namespace McpServers.Memory.Storage;

/// <summary>Where the memory file is and how the store treats it.</summary>
internal sealed record MemoryFileOptions(string FilePath)
{
    /// <summary>Fold the write-ahead log into the memory file once it holds this many records.</summary>
    public int CheckpointRecords { get; init; } = 2000;

    /// <summary>Fold the log into the memory file after this long without writes, so other readers see a current file.</summary>
    public TimeSpan IdleCheckpointDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Give up waiting for another process's lock after this long.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest JSON a read returns before it pages.</summary>
    public int MaxOutputBytes { get; init; } = 256 * 1024;

    public static MemoryFileOptions From(ServerSettings settings)
    {
        var path = settings.Get(MemoryServerDefinition.MemoryFileOption) is { } configured
            ? DataPaths.Resolve(configured)
            : Path.Combine(DataPaths.DataDirectory("memory"), "memory.jsonl");
        var options = new MemoryFileOptions(path);
        return options with
        {
            MaxOutputBytes = settings.GetInt(MemoryServerDefinition.MaxOutputBytesOption, 1024) ?? options.MaxOutputBytes,
            CheckpointRecords = settings.GetInt(MemoryServerDefinition.CheckpointRecordsOption, 1) ?? options.CheckpointRecords,
        };
    }
}
