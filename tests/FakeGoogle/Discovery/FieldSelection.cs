using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>
/// The standard "fields" parameter (partial response): "messages(id,threadId),nextPageToken", "payload/headers".
/// Parsed once, checked against the response schema (Google refuses unknown fields) and applied to the response.
/// </summary>
public sealed class FieldSelection
{
    // A null child means the whole field is kept.
    private readonly Dictionary<string, FieldSelection?> _fields = new(StringComparer.Ordinal);

    private FieldSelection() { }

    /// <summary>Parses the selector, or returns an error message.</summary>
    public static (FieldSelection? Selection, string? Error) Parse(string text)
    {
        var at = 0;
        var selection = new FieldSelection();
        var error = selection.ParseList(text, ref at);
        if (error is null && at < text.Length) error = $"unexpected '{text[at]}' at {at}";
        return error is null ? (selection, null) : (null, $"invalid fields selector \"{text}\": {error}");
    }

    /// <summary>Names a selected field the schema does not have, as "fields: ..." problems.</summary>
    public IEnumerable<string> Check(DiscoveryDocument document, string schemaId) => Check(document, document.Schema(schemaId), schemaId);

    public JsonNode? Apply(JsonNode? node) => node switch
    {
        JsonArray array => new JsonArray(array.Select(item => Apply(item?.DeepClone())).ToArray()),
        JsonObject obj => ApplyObject(obj),
        _ => node?.DeepClone(),
    };

    private JsonObject ApplyObject(JsonObject obj)
    {
        if (_fields.ContainsKey("*")) return obj.DeepClone().AsObject();
        var result = new JsonObject();
        foreach (var (name, child) in _fields)
            if (obj[name] is { } value)
                result[name] = child is null ? value.DeepClone() : child.Apply(value);
        return result;
    }

    private IEnumerable<string> Check(DiscoveryDocument document, JsonObject? schema, string where)
    {
        foreach (var (name, child) in _fields)
        {
            if (name == "*") continue;
            var field = Resolve(document, schema)?["properties"]?[name] as JsonObject
                ?? Resolve(document, schema)?["additionalProperties"] as JsonObject;
            if (field is null)
            {
                yield return $"fields: unknown field \"{name}\" in {where}";
                continue;
            }
            if (child is null) continue;
            var inner = Resolve(document, field);
            while (inner?["items"] is JsonObject items) inner = Resolve(document, items);
            foreach (var problem in child.Check(document, inner, $"{where}.{name}")) yield return problem;
        }
    }

    private static JsonObject? Resolve(DiscoveryDocument document, JsonObject? schema) =>
        (string?)schema?["$ref"] is { } reference ? document.Schema(reference) : schema;

    private string? ParseList(string text, ref int at)
    {
        while (true)
        {
            var error = ParseItem(text, ref at);
            if (error is not null) return error;
            if (at < text.Length && text[at] == ',')
            {
                at++;
                continue;
            }
            return null;
        }
    }

    private string? ParseItem(string text, ref int at)
    {
        // Google accepts spaces around names ("files(id, name)", as Drive's guides write it).
        while (at < text.Length && text[at] == ' ') at++;
        var start = at;
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '_' or '/' or '*' or '.' or '-')) at++;
        var path = text[start..at].Trim();
        if (path.Length == 0) return $"empty field name at {start}";
        FieldSelection? child = null;
        if (at < text.Length && text[at] == '(')
        {
            at++;
            child = new FieldSelection();
            var error = child.ParseList(text, ref at);
            if (error is not null) return error;
            if (at >= text.Length || text[at] != ')') return "missing ')'";
            at++;
        }
        while (at < text.Length && text[at] == ' ') at++;
        // "sheets.properties" (Sheets' guides) and "payload/headers" both name a sub-field.
        Add(path.Split('/', '.'), child);
        return null;
    }

    private void Add(string[] segments, FieldSelection? leaf)
    {
        var name = segments[0];
        if (segments.Length == 1)
        {
            _fields[name] = leaf;
            return;
        }
        if (!_fields.TryGetValue(name, out var child) || child is null)
        {
            if (_fields.ContainsKey(name)) return; // the whole field is already selected
            _fields[name] = child = new FieldSelection();
        }
        child.Add(segments[1..], leaf);
    }
}
