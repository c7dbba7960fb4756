using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace McpServers.Hosting;

/// <summary>
/// Checks a tool call's arguments against the tool's own input schema before the tool runs, and lists every problem as
/// <c>path: expected ..., got ...</c> (e.g. <c>entities[0].name: expected string, got number 5</c>), so an agent can fix its
/// call. It reads the JSON Schema keywords tool schemas use: type, properties, required, additionalProperties, items,
/// enum, const, anyOf/oneOf/allOf, $ref, minimum/maximum (and exclusive), minLength/maxLength, minItems/maxItems, pattern.
/// </summary>
public static class ToolArgumentValidator
{
    private const int MaxProblems = 20;

    /// <summary>The problems with <paramref name="arguments"/>; empty when they fit <paramref name="schema"/>.</summary>
    public static IReadOnlyList<string> Validate(JsonElement schema, IDictionary<string, JsonElement>? arguments)
    {
        using var document = JsonSerializer.SerializeToDocument(arguments ?? new Dictionary<string, JsonElement>(),
            ToolArgumentsJsonContext.Default.IDictionaryStringJsonElement);
        var problems = new List<string>();
        new Walk(schema, problems).Check(schema, document.RootElement, "");
        return problems;
    }

    private sealed class Walk(JsonElement root, List<string> problems)
    {
        public void Check(JsonElement schema, JsonElement value, string path)
        {
            if (problems.Count >= MaxProblems || schema.ValueKind != JsonValueKind.Object)
                return; // true/false/{} schemas and anything after the cap
            if (schema.TryGetProperty("$ref", out var reference) && Resolve(reference.GetString()) is { } target)
            {
                Check(target, value, path);
                return;
            }
            if (!CheckType(schema, value, path) || !CheckAlternatives(schema, value, path))
                return;
            CheckEnum(schema, value, path);
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    CheckObject(schema, value, path);
                    break;
                case JsonValueKind.Array:
                    CheckArray(schema, value, path);
                    break;
                case JsonValueKind.String:
                    CheckString(schema, value, path);
                    break;
                case JsonValueKind.Number:
                    CheckNumber(schema, value, path);
                    break;
            }
        }

        private bool CheckType(JsonElement schema, JsonElement value, string path)
        {
            if (!schema.TryGetProperty("type", out var type))
                return true;
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString() ?? "").ToList() : [type.GetString() ?? ""];
            if (allowed.Any(t => Matches(t, value)))
                return true;
            Add(path, $"expected {string.Join(" or ", allowed)}, got {Describe(value)}");
            return false;
        }

        private bool CheckAlternatives(JsonElement schema, JsonElement value, string path)
        {
            if (schema.TryGetProperty("allOf", out var all))
            {
                foreach (var part in all.EnumerateArray())
                    Check(part, value, path);
            }
            foreach (var keyword in new[] { "anyOf", "oneOf" })
            {
                if (!schema.TryGetProperty(keyword, out var alternatives))
                    continue;
                var branches = alternatives.EnumerateArray().ToList();
                if (branches.Any(branch => Problems(branch, value, path).Count == 0))
                    continue;
                var types = branches.Select(b => b.TryGetProperty("type", out var t) ? t.ToString() : null).ToList();
                Add(path, types.All(t => t is not null)
                    ? $"expected {string.Join(" or ", types.Distinct())}, got {Describe(value)}"
                    : $"expected one of the {branches.Count} allowed forms, got {Describe(value)}");
                return false;
            }
            return true;
        }

        private void CheckEnum(JsonElement schema, JsonElement value, string path)
        {
            // Generated schemas give an optional choice type ["string","null"] and an enum without null: null means "not given".
            if (value.ValueKind == JsonValueKind.Null && schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array
                && type.EnumerateArray().Any(t => t.GetString() == "null"))
                return;
            if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
                Add(path, $"expected one of {string.Join(", ", choices.EnumerateArray().Select(c => c.GetRawText()))}, got {Describe(value)}");
            if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
                Add(path, $"expected {constant.GetRawText()}, got {Describe(value)}");
        }

        private void CheckObject(JsonElement schema, JsonElement value, string path)
        {
            var properties = schema.TryGetProperty("properties", out var declared) && declared.ValueKind == JsonValueKind.Object ? declared : default;
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
                {
                    if (!value.TryGetProperty(name, out _))
                        Add(Join(path, name), $"expected {ExpectedOf(properties, name)}, got nothing (it is required)");
                }
            }
            var additional = schema.TryGetProperty("additionalProperties", out var extra) ? extra : default;
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                    Check(propertySchema, property.Value, Join(path, property.Name));
                else if (additional.ValueKind == JsonValueKind.False)
                    Add(Join(path, property.Name), $"not an allowed property (allowed: {AllowedNames(properties)})");
                else if (additional.ValueKind == JsonValueKind.Object)
                    Check(additional, property.Value, Join(path, property.Name));
            }
        }

        private void CheckArray(JsonElement schema, JsonElement value, string path)
        {
            var count = value.GetArrayLength();
            if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
                Add(path, $"expected at least {min.GetInt32()} items, got {count}");
            if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
                Add(path, $"expected at most {max.GetInt32()} items, got {count}");
            if (!schema.TryGetProperty("items", out var items))
                return;
            var index = 0;
            foreach (var item in value.EnumerateArray())
                Check(items, item, $"{path}[{index++}]");
        }

        private void CheckString(JsonElement schema, JsonElement value, string path)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("minLength", out var min) && text.Length < min.GetInt32())
                Add(path, $"expected at least {min.GetInt32()} characters, got {Describe(value)}");
            if (schema.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32())
                Add(path, $"expected at most {max.GetInt32()} characters, got a string of {text.Length}");
            if (schema.TryGetProperty("pattern", out var pattern) && pattern.GetString() is { } regex
                && !Regex.IsMatch(text, regex, RegexOptions.None, TimeSpan.FromMilliseconds(100)))
                Add(path, $"expected a string matching {regex}, got {Describe(value)}");
        }

        private void CheckNumber(JsonElement schema, JsonElement value, string path)
        {
            var number = value.GetDouble();
            if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
                Add(path, $"expected a number >= {min.GetRawText()}, got {Describe(value)}");
            if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
                Add(path, $"expected a number <= {max.GetRawText()}, got {Describe(value)}");
            if (schema.TryGetProperty("exclusiveMinimum", out var xmin) && xmin.ValueKind == JsonValueKind.Number && number <= xmin.GetDouble())
                Add(path, $"expected a number > {xmin.GetRawText()}, got {Describe(value)}");
            if (schema.TryGetProperty("exclusiveMaximum", out var xmax) && xmax.ValueKind == JsonValueKind.Number && number >= xmax.GetDouble())
                Add(path, $"expected a number < {xmax.GetRawText()}, got {Describe(value)}");
        }

        private List<string> Problems(JsonElement schema, JsonElement value, string path)
        {
            var found = new List<string>();
            new Walk(root, found).Check(schema, value, path);
            return found;
        }

        private JsonElement? Resolve(string? reference)
        {
            if (reference is null || !reference.StartsWith('#'))
                return null;
            var node = root;
            foreach (var segment in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                var name = Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~");
                if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var child))
                    node = child;
                else if (node.ValueKind == JsonValueKind.Array && int.TryParse(name, out var index) && index < node.GetArrayLength())
                    node = node[index];
                else
                    return null;
            }
            return node;
        }

        private string ExpectedOf(JsonElement properties, string name)
        {
            if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(name, out var schema))
                return "a value";
            if (schema.TryGetProperty("$ref", out var reference) && Resolve(reference.GetString()) is { } target)
                schema = target;
            return schema.TryGetProperty("type", out var type)
                ? type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString() ?? "a value"
                : "a value";
        }

        private void Add(string path, string problem)
        {
            if (problems.Count < MaxProblems)
                problems.Add($"{(path.Length == 0 ? "arguments" : path)}: {problem}");
        }
    }

    private static bool Matches(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => true,
    };

    /// <summary>What a value is, for "got ...": <c>number 5</c>, <c>string "abc"</c>, <c>array of 3</c>, <c>object</c>, <c>null</c>.</summary>
    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string " + Truncate(value.GetRawText()),
        JsonValueKind.Number => "number " + Truncate(value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => "boolean " + value.GetRawText(),
        JsonValueKind.Array => $"array of {value.GetArrayLength()}",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string AllowedNames(JsonElement properties) =>
        properties.ValueKind == JsonValueKind.Object ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name)) : "none";

    /// <summary>Formats the problems as one error message for the tool's caller.</summary>
    public static string Message(string toolName, IReadOnlyList<string> problems) =>
        $"Invalid arguments for '{toolName}' (nothing was done):\n"
        + string.Join('\n', problems.Select(p => "- " + p))
        + (problems.Count >= MaxProblems ? "\n(only the first " + MaxProblems.ToString(CultureInfo.InvariantCulture) + " problems are listed)" : "")
        + "\nSee the tool's input schema (tools/list) for what each argument takes.";
}
