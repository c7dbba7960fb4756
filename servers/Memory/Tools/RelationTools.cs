using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Memory.Graph;
using McpServers.Memory.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Memory.Tools;

[McpServerToolType]
internal sealed class RelationTools
{
    private readonly GraphStore _store;

    public RelationTools(GraphStore store) => _store = store;

    [McpServerTool(Name = "create_relations", Title = "Create Relations", Destructive = false, Idempotent = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CreatedRelations))]
    [Description("Create multiple new relations between entities in the knowledge graph. Relations should be in active voice. "
        + "Both ends must be existing entities; relations already present are skipped.")]
    public async Task<CallToolResult> CreateRelationsAsync([Description("The relations to create")] IReadOnlyList<RelationView> relations) =>
        ToolResults.Structured(new CreatedRelations(await _store.MutateAsync((graph, changes) => graph.CreateRelations(relations, changes))),
            MemoryJson.Default.CreatedRelations);

    [McpServerTool(Name = "delete_relations", Title = "Delete Relations", Destructive = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(Acknowledgement))]
    [Description("Delete multiple relations from the knowledge graph. Relations that do not exist are ignored.")]
    public Task<CallToolResult> DeleteRelationsAsync([Description("An array of relations to delete")] IReadOnlyList<RelationView> relations) =>
        GraphCall.AcknowledgedAsync(_store,
            (graph, changes) => graph.DeleteRelations(relations, changes),
            "Relations deleted successfully");
}
