using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Memory.Graph;
using McpServers.Storage;

namespace McpServers.Memory.Storage;

/// <summary>Reads and writes the JSONL memory file (the official server's format).</summary>
internal static class GraphFile
{
    /// <summary>Parses the file; a missing file is an empty graph.</summary>
    /// <exception cref="GraphFileFormatException">A line is not a valid record; names the line.</exception>
    public static KnowledgeGraph Load(string path)
    {
        var graph = new KnowledgeGraph();
        if (Directory.Exists(path))
            throw new IOException($"{path} is a folder, not a memory file.");
        if (!File.Exists(path))
            return graph;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (ParseLine(line, out var record) is { } error)
                throw new GraphFileFormatException(path, lineNumber, error);
            if (!GraphChanges.Apply(graph, record!))
                graph.UnknownLines.Add(record!);
        }
        return graph;
    }

    /// <summary>Parses one line into a record; returns an error text when it is not a valid one.</summary>
    public static string? ParseLine(string line, out JsonObject? record)
    {
        record = null;
        try
        {
            if (JsonNode.Parse(line) is not JsonObject obj)
                return "not a JSON object";
            if (obj["type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String)
                return "\"type\" is missing";
            record = obj;
            // Validate the shape now, so a bad entity is reported with its line number rather than later.
            _ = (string)type! switch
            {
                GraphLines.EntityType => (object)GraphLines.ParseEntity(obj),
                GraphLines.RelationType => GraphLines.ParseRelation(obj),
                _ => obj,
            };
            return null;
        }
        catch (JsonException e)
        {
            return "invalid JSON: " + e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>Replaces the file atomically and durably with the graph: entities, then relations, then unknown lines.</summary>
    public static void Save(string path, KnowledgeGraph graph) => AtomicFile.Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        foreach (var entity in graph.Entities)
            writer.Write(GraphLines.Serialize(GraphLines.ToLine(entity)) + "\n");
        foreach (var relation in graph.Relations)
            writer.Write(GraphLines.Serialize(GraphLines.ToLine(relation)) + "\n");
        foreach (var line in graph.UnknownLines)
            writer.Write(GraphLines.Serialize(line) + "\n");
    });
}
