using System.Text;
using System.Text.Json.Nodes;
using McpServers.Memory.Graph;
using McpServers.Storage;

namespace McpServers.Memory.Storage;

/// <summary>
/// <c>&lt;memory file&gt;.wal</c>: changes appended and fsynced since the last checkpoint. Appending a few hundred bytes
/// costs a fraction of rewriting the whole graph, so each acknowledged write is durable at once and many processes can
/// write quickly; a checkpoint folds the log into the memory file and starts a new log with a new generation.
/// The first line names the generation, so a process notices that another one checkpointed. A torn last line
/// (a writer killed mid-append) was never acknowledged and is cut off by the next writer.
/// </summary>
internal sealed class WriteAheadLog(string path)
{
    private const string HeaderType = "mcp-memory-wal";

    public string Path { get; } = path;

    /// <summary>The generation this process has read, or null when it has read no log.</summary>
    public string? Generation { get; private set; }

    /// <summary>How far this process has read (the end of the last complete line).</summary>
    public long ValidLength { get; private set; }

    /// <summary>Records in the log since its header.</summary>
    public int RecordCount { get; private set; }

    /// <summary>The generation and length on disk now (generation null when there is no log).</summary>
    public (string? Generation, long Length) Peek()
    {
        if (!File.Exists(Path))
            return (null, 0);
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[512];
        var read = stream.Read(buffer);
        var newline = Array.IndexOf(buffer, (byte)'\n', 0, read);
        if (newline < 0)
            return (null, stream.Length);
        var header = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, newline)) as JsonObject;
        return ((string?)header?["type"] == HeaderType ? (string?)header["generation"] : null, stream.Length);
    }

    /// <summary>Applies the log to <paramref name="graph"/>: all of it when <paramref name="fromStart"/>, else what was added since the last read.</summary>
    public void CatchUp(KnowledgeGraph graph, bool fromStart)
    {
        var (generation, length) = Peek();
        if (fromStart || generation != Generation)
        {
            Generation = generation;
            ValidLength = 0;
            RecordCount = 0;
        }
        if (generation is null || length <= ValidLength)
            return;
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Position = ValidLength;
        var bytes = new byte[stream.Length - ValidLength];
        stream.ReadExactly(bytes);
        var lineStart = 0;
        var lineNumber = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n')
                continue;
            lineNumber++;
            var text = Encoding.UTF8.GetString(bytes, lineStart, i - lineStart);
            var isHeader = ValidLength == 0 && lineStart == 0;
            if (!isHeader && !string.IsNullOrWhiteSpace(text))
            {
                var error = GraphFile.ParseLine(text, out var record);
                if (error is not null || !GraphChanges.Apply(graph, record!))
                    throw new GraphFileFormatException(Path, lineNumber, error ?? "unknown log record");
                RecordCount++;
            }
            lineStart = i + 1;
        }
        ValidLength += lineStart;
    }

    /// <summary>Appends records after the last complete line and fsyncs; creates the log when there is none.</summary>
    public void Append(IReadOnlyList<JsonObject> records)
    {
        if (Generation is null)
            Reset();
        var text = new StringBuilder();
        foreach (var record in records)
            text.Append(GraphLines.Serialize(record)).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            // Cut a torn tail left by a writer killed mid-append; truncating costs a journal commit, so only when needed.
            if (stream.Length != ValidLength)
                stream.SetLength(ValidLength);
            stream.Position = ValidLength;
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            TryTruncate(stream);
            throw;
        }
        ValidLength += bytes.Length;
        RecordCount += records.Count;
    }

    /// <summary>Replaces the log with an empty one of a new generation (after a checkpoint, or to start one).</summary>
    public void Reset()
    {
        var generation = Guid.NewGuid().ToString("N");
        var header = new JsonObject { ["type"] = HeaderType, ["version"] = 1, ["generation"] = generation };
        var bytes = Encoding.UTF8.GetBytes(GraphLines.Serialize(header) + "\n");
        AtomicFile.Write(Path, stream => stream.Write(bytes));
        Generation = generation;
        ValidLength = bytes.Length;
        RecordCount = 0;
    }

    private void TryTruncate(FileStream stream)
    {
        try
        {
            stream.SetLength(ValidLength);
        }
        catch (IOException)
        {
            // The next writer cuts the torn tail off anyway.
        }
    }
}
