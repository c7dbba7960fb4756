using McpServers.Hosting;
using McpServers.Memory.Graph;
using McpServers.Memory.Storage;
using ModelContextProtocol.Protocol;

namespace McpServers.Memory.Tools;

/// <summary>What the memory tools share: deletes acknowledged the way the official server does, and their failures described.</summary>
internal static class GraphCall
{
    /// <summary>Runs a delete (which reports nothing but success, as the official server does) and acknowledges it.</summary>
    public static async Task<CallToolResult> AcknowledgedAsync(GraphStore store, Action<KnowledgeGraph, GraphChanges> mutation, string message)
    {
        await store.MutateAsync((graph, changes) =>
        {
            mutation(graph, changes);
            return true;
        });
        return ToolResults.Structured(new Acknowledgement(true, message), MemoryJson.Default.Acknowledgement, message);
    }

    /// <summary>The memory server's known failures as messages that say what to do (see McpServerDefinition.DescribeToolError).</summary>
    public static string? Describe(Exception exception, string filePath) => exception switch
    {
        GraphInputException or GraphFileFormatException or TimeoutException => exception.Message,
        UnauthorizedAccessException => $"Cannot use the memory file {filePath}: {exception.Message} Check the file's and its folder's permissions. Nothing was changed.",
        IOException => $"Cannot use the memory file {filePath}: {exception.Message} Nothing was changed.",
        _ => null,
    };
}
