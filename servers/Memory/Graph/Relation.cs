using System.Text.Json.Nodes;

namespace McpServers.Memory.Graph;

/// <summary>A directed, typed edge. Two relations are the same when from, to and type are equal.</summary>
internal sealed class Relation(string from, string to, string relationType, JsonObject? extra = null)
{
    public string From { get; } = from;

    public string To { get; } = to;

    public string RelationType { get; } = relationType;

    public JsonObject? Extra { get; } = extra;

    public RelationKey Key => new(From, To, RelationType);

    public RelationView ToView() => new(From, To, RelationType);
}

/// <summary>The identity of a relation.</summary>
internal readonly record struct RelationKey(string From, string To, string RelationType)
{
    public override string ToString() => $"{From} -[{RelationType}]-> {To}";
}
