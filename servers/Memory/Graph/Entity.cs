using System.Text.Json.Nodes;

namespace McpServers.Memory.Graph;

/// <summary>A node of the knowledge graph. <see cref="Extra"/> keeps fields we do not know, so a rewrite loses nothing.</summary>
internal sealed class Entity(string name, string entityType, List<string> observations, JsonObject? extra = null)
{
    public string Name { get; } = name;

    public string EntityType { get; } = entityType;

    public List<string> Observations { get; } = observations;

    public JsonObject? Extra { get; } = extra;

    public EntityView ToView() => new(Name, EntityType, [.. Observations]);

    public Entity Clone() => new(Name, EntityType, [.. Observations], (JsonObject?)Extra?.DeepClone());
}
