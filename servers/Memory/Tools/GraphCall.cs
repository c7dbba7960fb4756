using McpServers.Hosting;
using McpServers.Memory.Graph;
using McpServers.Memory.Storage;
using ModelContextProtocol.Protocol;

namespace McpServers.Memory.Tools;

/// <summary>Runs a graph operation for a tool and turns every failure into an error result that says what to do.</summary>
internal static class GraphCall
{
    public static async Task<CallToolResult> RunAsync<T>(GraphStore store, Func<Task<T>> operation, Func<T, CallToolResult> toResult)
    {
        try
        {
            return toResult(await operation());
        }
        catch (GraphInputException e)
        {
            return ToolResults.Error(e.Message);
        }
        catch (GraphFileFormatException e)
        {
            return ToolResults.Error(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return ToolResults.Error($"Cannot use the memory file {store.FilePath}: {e.Message} Check the file's and its folder's permissions. Nothing was changed.");
        }
        catch (IOException e)
        {
            return ToolResults.Error($"Cannot use the memory file {store.FilePath}: {e.Message} Nothing was changed.");
        }
        catch (TimeoutException e)
        {
            return ToolResults.Error(e.Message);
        }
    }

    /// <summary>Runs a delete (which reports nothing but success, as the official server does) and acknowledges it.</summary>
    public static Task<CallToolResult> AcknowledgedAsync(GraphStore store, Action<KnowledgeGraph, GraphChanges> mutation, string message) =>
        RunAsync(store, () => store.MutateAsync((graph, changes) =>
        {
            mutation(graph, changes);
            return true;
        }), _ => ToolResults.Structured(new Acknowledgement(true, message), message));

    /// <summary>Rejects a missing array argument the way a schema validator would, naming the parameter.</summary>
    public static IReadOnlyList<T> Require<T>(IReadOnlyList<T>? items, string parameter) =>
        items ?? throw new GraphInputException($"'{parameter}' is required and must be an array.");
}
