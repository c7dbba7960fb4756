using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>
/// Checks a JSON request body against a discovery schema the way Google's front end parses it (proto3 JSON): unknown
/// fields are refused, every field has its declared type, and fields annotated as required for the method are present.
/// Every problem is reported with its JSON path ("$.message.payload.headers[0].name").
/// </summary>
internal sealed class SchemaChecker(DiscoveryDocument document, string methodId, bool mediaCarriesBytes)
{
    // Guards against a self-referencing schema fed a pathological body; real bodies are far shallower.
    private const int MaxDepth = 64;

    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Check(string schemaId, JsonNode? body)
    {
        CheckRef(schemaId, body, "$", 0);
        return _problems;
    }

    private void CheckRef(string schemaId, JsonNode? node, string path, int depth)
    {
        var schema = document.Schema(schemaId);
        if (schema is null) _problems.Add($"{path}: schema {schemaId} is not in {document.Name}");
        else CheckNode(schema, node, path, depth, schemaId);
    }

    private void CheckNode(JsonObject spec, JsonNode? node, string path, int depth, string? schemaName = null)
    {
        // proto3 JSON reads null as "not set", for every field type.
        if (node is null) return;
        if (depth > MaxDepth)
        {
            _problems.Add($"{path}: nested too deeply");
            return;
        }
        if ((string?)spec["$ref"] is { } reference)
        {
            CheckRef(reference, node, path, depth + 1);
            return;
        }
        var type = (string?)spec["type"] ?? "any";
        switch (type)
        {
            case "any":
                return;
            case "object":
                CheckObject(spec, node, path, depth, schemaName);
                return;
            case "array":
                if (node is not JsonArray array)
                {
                    _problems.Add($"{path}: expected an array, got {ValueFormats.Describe(node)}");
                    return;
                }
                if (spec["items"] is JsonObject items)
                    for (var i = 0; i < array.Count; i++) CheckNode(items, array[i], $"{path}[{i}]", depth + 1);
                return;
            default:
                if (node is not JsonValue value)
                    _problems.Add($"{path}: expected {type}, got {ValueFormats.Describe(node)}");
                else if (ValueFormats.CheckJson(spec, type, value) is { } problem)
                    _problems.Add($"{path}: {problem}");
                return;
        }
    }

    private void CheckObject(JsonObject spec, JsonNode node, string path, int depth, string? schemaName)
    {
        if (node is not JsonObject obj)
        {
            _problems.Add($"{path}: expected an object{(schemaName is null ? "" : $" ({schemaName})")}, got {ValueFormats.Describe(node)}");
            return;
        }
        var properties = spec["properties"] as JsonObject;
        var additional = spec["additionalProperties"] as JsonObject;
        foreach (var (name, value) in obj)
        {
            if (properties?[name] is JsonObject property)
                CheckNode(property, value, $"{path}.{name}", depth + 1);
            else if (additional is not null)
                CheckNode(additional, value, $"{path}[\"{name}\"]", depth + 1);
            else
                _problems.Add($"{path}: unknown field \"{name}\"{(schemaName is null ? "" : $" in {schemaName}")}");
        }
        if (properties is not null) CheckRequired(properties, obj, path);
    }

    private void CheckRequired(JsonObject properties, JsonObject obj, string path)
    {
        foreach (var (name, property) in properties)
        {
            if (property?["annotations"]?["required"] is not JsonArray methods
                || !methods.Any(m => (string?)m == methodId)
                || obj[name] is not null)
                continue;
            // In a media upload the message bytes come as the media, so the base64 field that would hold them is absent.
            if (mediaCarriesBytes && (string?)property["format"] == "byte") continue;
            _problems.Add($"{path}.{name}: required field missing for {methodId}");
        }
    }
}
