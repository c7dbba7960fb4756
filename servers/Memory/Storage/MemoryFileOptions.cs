using McpServers.Hosting;
using McpServers.Storage;

namespace McpServers.Memory.Storage;

/// <summary>Where the memory file is and how the store treats it, with the command-line options that set it.</summary>
internal sealed record MemoryFileOptions(string FilePath)
{
    public static readonly ServerOption<string?> MemoryFile = ServerOption.Text("memory-file",
        "The JSONL memory file (relative paths resolve against the working directory)", "MEMORY_FILE_PATH",
        defaultText: "$XDG_DATA_HOME/mcp-servers/memory/memory.jsonl");

    public static readonly ServerOption<long> MaxOutput = ServerOption.Size("max-output-bytes",
        "Largest JSON that read_graph/search_nodes return before paging", "MEMORY_MAX_OUTPUT_BYTES", 256 * 1024, 1024, int.MaxValue);

    public static readonly ServerOption<int> Checkpoint = ServerOption.Int("checkpoint-records",
        "Fold the write-ahead log (<file>.wal) into the memory file once it holds this many changes", "MEMORY_CHECKPOINT_RECORDS", 2000, 1);

    public static readonly ServerOption<bool> Repair = ServerOption.Flag("repair",
        "Move unreadable lines of the memory file to <file>.rejected, keep the rest, and exit");

    public static IReadOnlyList<ServerOption> All { get; } = [MemoryFile, MaxOutput, Checkpoint, Repair];

    /// <summary>Fold the write-ahead log into the memory file once it holds this many records.</summary>
    public int CheckpointRecords { get; init; } = 2000;

    /// <summary>Fold the log into the memory file after this long without writes, so other readers see a current file.</summary>
    public TimeSpan IdleCheckpointDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Give up waiting for another process's lock after this long.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest JSON a read returns before it pages.</summary>
    public int MaxOutputBytes { get; init; } = 256 * 1024;

    public static MemoryFileOptions From(ServerSettings settings) =>
        new(settings.Get(MemoryFile) is { } configured ? DataPaths.Resolve(configured) : Path.Combine(DataPaths.DataDirectory("memory"), "memory.jsonl"))
        {
            MaxOutputBytes = (int)settings.Get(MaxOutput),
            CheckpointRecords = settings.Get(Checkpoint),
        };
}
