using System.Text;
using McpServers.Memory.Graph;
using McpServers.Storage;

namespace McpServers.Memory.Storage;

/// <summary>
/// <c>mcp-memory --repair</c>: keeps every readable line of the memory file (and of its log), appends the unreadable
/// ones to <c>&lt;file&gt;.rejected</c> with their line numbers, and writes the rest back atomically.
/// </summary>
internal static class GraphRepair
{
    public static int Run(MemoryFileOptions options, TextWriter report)
    {
        var path = options.FilePath;
        var fileLock = new CrossProcessFileLock(path) { Timeout = options.LockTimeout };
        using var held = fileLock.AcquireAsync().GetAwaiter().GetResult();
        var graph = new KnowledgeGraph();
        var rejected = new StringBuilder();
        var kept = ReadLenient(path, graph, rejected, skipFirstLine: false);
        var walPath = path + ".wal";
        kept += ReadLenient(walPath, graph, rejected, skipFirstLine: true);
        if (rejected.Length > 0)
            File.AppendAllText(path + ".rejected", rejected.ToString(), new UTF8Encoding(false));
        GraphFile.Save(path, graph);
        new WriteAheadLog(walPath).Reset();
        var bad = rejected.ToString().Count(c => c == '\n') / 2;
        report.WriteLine(bad == 0
            ? $"mcp-memory: {path} is sound ({kept} records)."
            : $"mcp-memory: kept {kept} records in {path}; moved {bad} unreadable line(s) to {path}.rejected.");
        return 0;
    }

    private static int ReadLenient(string path, KnowledgeGraph graph, StringBuilder rejected, bool skipFirstLine)
    {
        if (!File.Exists(path))
            return 0;
        var kept = 0;
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if ((skipFirstLine && number == 1) || string.IsNullOrWhiteSpace(line))
                continue;
            var error = GraphFile.ParseLine(line, out var record);
            if (error is null)
            {
                if (!GraphChanges.Apply(graph, record!))
                    graph.UnknownLines.Add(record!);
                kept++;
                continue;
            }
            rejected.Append($"# {path} line {number}: {error}\n{line}\n");
        }
        return kept;
    }
}
