using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Memory.Graph;
using McpServers.Memory.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Memory.Tools;

[McpServerToolType]
internal sealed class EntityTools
{
    private readonly GraphStore _store;

    public EntityTools(GraphStore store) => _store = store;

    [McpServerTool(Name = "create_entities", Title = "Create Entities", Destructive = false, Idempotent = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CreatedEntities))]
    [Description("Create multiple new entities in the knowledge graph. Names already in the graph (or repeated in the call) are skipped; the result lists the entities actually created.")]
    public async Task<CallToolResult> CreateEntitiesAsync([Description("The entities to create")] IReadOnlyList<EntityView> entities) =>
        ToolResults.Structured(new CreatedEntities(await _store.MutateAsync((graph, changes) => graph.CreateEntities(entities, changes))),
            MemoryJson.Default.CreatedEntities);

    [McpServerTool(Name = "delete_entities", Title = "Delete Entities", Destructive = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(Acknowledgement))]
    [Description("Delete multiple entities and their associated relations from the knowledge graph. Unknown names are ignored.")]
    public Task<CallToolResult> DeleteEntitiesAsync([Description("An array of entity names to delete")] IReadOnlyList<string> entityNames) =>
        GraphCall.AcknowledgedAsync(_store,
            (graph, changes) => graph.DeleteEntities(entityNames, changes),
            "Entities deleted successfully");
}
