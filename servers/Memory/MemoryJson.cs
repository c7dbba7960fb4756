using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.Hosting;
using McpServers.Memory.Graph;
using McpServers.Memory.Tools;

namespace McpServers.Memory;

/// <summary>Every type mcp-memory's tools take or return, as source-generated JSON (Native AOT: no reflection).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<EntityView>))]
[JsonSerializable(typeof(IReadOnlyList<RelationView>))]
[JsonSerializable(typeof(IReadOnlyList<ObservationAddition>))]
[JsonSerializable(typeof(IReadOnlyList<ObservationDeletion>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(CreatedEntities))]
[JsonSerializable(typeof(CreatedRelations))]
[JsonSerializable(typeof(AddedObservations))]
[JsonSerializable(typeof(Acknowledgement))]
[JsonSerializable(typeof(GraphView))]
[JsonSerializable(typeof(EntityView))]
[JsonSerializable(typeof(int?))]
internal sealed partial class MemoryJson : JsonSerializerContext
{
    /// <summary>Options the tools are registered with.</summary>
    public static JsonSerializerOptions ToolOptions => field ??= ToolJson.For(Default);
}
