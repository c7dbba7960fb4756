using System.Text.Json.Nodes;
using McpServers.Memory.Storage;

namespace McpServers.Memory.Graph;

/// <summary>
/// What a batch of mutations changed, as idempotent records: the new state of an entity or relation, or its removal.
/// Replaying them twice gives the same graph, which is what lets the log survive a crash in the middle of a checkpoint.
/// </summary>
internal sealed class GraphChanges
{
    public const string DeleteEntityType = "delete-entity";
    public const string DeleteRelationType = "delete-relation";

    public List<JsonObject> Records { get; } = [];

    public bool IsEmpty => Records.Count == 0;

    public void EntityWritten(Entity entity) => Records.Add(GraphLines.ToLine(entity));

    public void EntityDeleted(string name) => Records.Add(new JsonObject { ["type"] = DeleteEntityType, ["name"] = name });

    public void RelationAdded(Relation relation) => Records.Add(GraphLines.ToLine(relation));

    public void RelationDeleted(RelationKey key) => Records.Add(new JsonObject
    {
        ["type"] = DeleteRelationType, ["from"] = key.From, ["to"] = key.To, ["relationType"] = key.RelationType,
    });

    /// <summary>Applies one record to <paramref name="graph"/>; false when the record is not a change record.</summary>
    public static bool Apply(KnowledgeGraph graph, JsonObject record)
    {
        switch ((string?)record["type"])
        {
            case GraphLines.EntityType:
                graph.Upsert(GraphLines.ParseEntity(record));
                return true;
            case GraphLines.RelationType:
                graph.Add(GraphLines.ParseRelation(record));
                return true;
            case DeleteEntityType:
                graph.RemoveEntity(GraphLines.RequiredString(record, "name"));
                return true;
            case DeleteRelationType:
                graph.RemoveRelation(new RelationKey(
                    GraphLines.RequiredString(record, "from"), GraphLines.RequiredString(record, "to"), GraphLines.RequiredString(record, "relationType")));
                return true;
            default:
                return false;
        }
    }
}
