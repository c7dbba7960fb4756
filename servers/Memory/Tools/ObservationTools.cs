using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Memory.Graph;
using McpServers.Memory.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Memory.Tools;

[McpServerToolType]
internal sealed class ObservationTools
{
    private readonly GraphStore _store;

    public ObservationTools(GraphStore store) => _store = store;

    [McpServerTool(Name = "add_observations", Title = "Add Observations", Destructive = false, Idempotent = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(AddedObservations))]
    [Description("Add new observations to existing entities in the knowledge graph. Observations already present are skipped; "
        + "if any entity does not exist, nothing is added.")]
    public async Task<CallToolResult> AddObservationsAsync([Description("Observations to add, per entity")] IReadOnlyList<ObservationAddition> observations) =>
        ToolResults.Structured(new AddedObservations(await _store.MutateAsync((graph, changes) => graph.AddObservations(observations, changes))),
            MemoryJson.Default.AddedObservations);

    [McpServerTool(Name = "delete_observations", Title = "Delete Observations", Destructive = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(Acknowledgement))]
    [Description("Delete specific observations from entities in the knowledge graph. Unknown entities and observations are ignored.")]
    public Task<CallToolResult> DeleteObservationsAsync([Description("Observations to delete, per entity")] IReadOnlyList<ObservationDeletion> deletions) =>
        GraphCall.AcknowledgedAsync(_store,
            (graph, changes) => graph.DeleteObservations(deletions, changes),
            "Observations deleted successfully");
}
