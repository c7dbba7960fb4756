using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// The "fields" of an update request (a google.protobuf.FieldMask): "title", "gridProperties.frozenRowCount",
/// "userEnteredFormat(textFormat,backgroundColor)", "*". Each listed field is copied from the request; a listed field
/// the request leaves out is cleared, as Google does.
/// </summary>
internal static class FieldMask
{
    /// <summary>The dotted paths the mask lists ("*" for everything), or null when it cannot be read.</summary>
    public static IReadOnlyList<string>? Paths(string? mask)
    {
        if (string.IsNullOrWhiteSpace(mask)) return null;
        var at = 0;
        var paths = List(mask, ref at, "");
        return paths is null || at != mask.Length ? null : paths;
    }

    /// <summary>A copy of target with the mask's paths taken from source.</summary>
    public static JsonObject Apply(JsonObject target, JsonObject source, IReadOnlyList<string> paths)
    {
        if (paths.Contains("*")) return source.DeepClone().AsObject();
        var result = target.DeepClone().AsObject();
        foreach (var path in paths)
        {
            var names = path.Split('.');
            JsonNode? value = source;
            foreach (var name in names) value = (value as JsonObject)?[name];
            Set(result, names, value?.DeepClone());
        }
        return result;
    }

    /// <summary>The first names of the paths ("userEnteredFormat" of "userEnteredFormat.textFormat.bold").</summary>
    public static IEnumerable<string> Roots(IReadOnlyList<string> paths) => paths.Select(p => p.Split('.')[0]).Distinct();

    private static void Set(JsonObject target, string[] names, JsonNode? value)
    {
        if (names.Length == 1)
        {
            if (value is null) target.Remove(names[0]);
            else target[names[0]] = value;
            return;
        }
        if (target[names[0]] is not JsonObject child)
        {
            if (value is null) return;
            target[names[0]] = child = [];
        }
        Set(child, names[1..], value);
        // A message emptied by the mask is left out rather than kept as {}.
        if (child.Count == 0) target.Remove(names[0]);
    }

    private static List<string>? List(string text, ref int at, string prefix)
    {
        var paths = new List<string>();
        while (true)
        {
            SkipSpaces(text, ref at);
            var start = at;
            while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '_' or '.' or '*')) at++;
            if (at == start) return null;
            var path = prefix.Length == 0 ? text[start..at] : prefix + "." + text[start..at];
            SkipSpaces(text, ref at);
            if (at < text.Length && text[at] == '(')
            {
                at++;
                var inner = List(text, ref at, path);
                if (inner is null || at >= text.Length || text[at] != ')') return null;
                at++;
                paths.AddRange(inner);
            }
            else
            {
                paths.Add(path);
            }
            SkipSpaces(text, ref at);
            if (at < text.Length && text[at] == ',')
            {
                at++;
                continue;
            }
            return paths;
        }
    }

    private static void SkipSpaces(string text, ref int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
    }
}
