using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Hosting;
using McpServers.Memory.Graph;

namespace McpServers.Memory.Storage;

/// <summary>
/// One JSONL line per entity or relation, in the official server's format and key order:
/// <c>{"type":"entity","name","entityType","observations"}</c>, <c>{"type":"relation","from","to","relationType"}</c>.
/// Fields we do not know are kept and written after the known ones.
/// </summary>
internal static class GraphLines
{
    // The memory file is read by people too: no \u00e9-style escapes (the official server writes UTF-8 as is).
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string EntityType = "entity";
    public const string RelationType = "relation";

    private static readonly HashSet<string> EntityFields = ["type", "name", "entityType", "observations"];
    private static readonly HashSet<string> RelationFields = ["type", "from", "to", "relationType"];

    public static JsonObject ToLine(Entity entity)
    {
        var line = new JsonObject
        {
            ["type"] = EntityType,
            ["name"] = entity.Name,
            ["entityType"] = entity.EntityType,
            ["observations"] = new JsonArray(entity.Observations.Select(o => (JsonNode?)o).ToArray()),
        };
        AppendExtra(line, entity.Extra);
        return line;
    }

    public static JsonObject ToLine(Relation relation)
    {
        var line = new JsonObject
        {
            ["type"] = RelationType,
            ["from"] = relation.From,
            ["to"] = relation.To,
            ["relationType"] = relation.RelationType,
        };
        AppendExtra(line, relation.Extra);
        return line;
    }

    public static Entity ParseEntity(JsonObject line)
    {
        var observations = line["observations"] switch
        {
            null => [],
            JsonArray array => array.Select(o => o is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>()
                : throw new FormatException("\"observations\" must hold only strings")).ToList(),
            _ => throw new FormatException("\"observations\" must be an array of strings"),
        };
        return new Entity(RequiredString(line, "name"), RequiredString(line, "entityType"), observations, ExtraOf(line, EntityFields));
    }

    public static Relation ParseRelation(JsonObject line) =>
        new(RequiredString(line, "from"), RequiredString(line, "to"), RequiredString(line, "relationType"), ExtraOf(line, RelationFields));

    public static string RequiredString(JsonObject line, string field) =>
        line[field] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw new FormatException($"\"{field}\" is missing or not a string");

    public static string Serialize(JsonObject line) => line.ToJsonString(Compact);

    private static void AppendExtra(JsonObject line, JsonObject? extra)
    {
        if (extra is null)
            return;
        foreach (var (key, value) in extra)
            line[key] = value?.DeepClone();
    }

    private static JsonObject? ExtraOf(JsonObject line, HashSet<string> known)
    {
        JsonObject? extra = null;
        foreach (var (key, value) in line)
        {
            if (!known.Contains(key))
                (extra ??= [])[key] = value?.DeepClone();
        }
        return extra;
    }
}
