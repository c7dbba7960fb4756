namespace McpServers.FakeGoogle.Discovery;

/// <summary>Query parameters of a request, decoded, each with every value it was given (repeated parameters).</summary>
public sealed class QueryValues
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static QueryValues Parse(string? rawQuery)
    {
        var query = new QueryValues();
        foreach (var pair in (rawQuery ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (!query._values.TryGetValue(name, out var list)) query._values[name] = list = [];
            list.Add(value);
        }
        return query;
    }

    public IEnumerable<string> Names => _values.Keys;

    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The first value, or null when absent.</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[0] : null;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public int? GetInt(string name) => int.TryParse(Get(name), out var value) ? value : null;

    public bool GetBool(string name) => Get(name) == "true";

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
