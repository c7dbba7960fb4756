using System.Reflection;
using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>One Google discovery document (REST description): its methods, schemas and standard parameters.</summary>
public sealed class DiscoveryDocument
{
    private readonly JsonObject _schemas;

    private DiscoveryDocument(JsonObject root)
    {
        Name = (string?)root["name"] ?? throw new InvalidDataException("discovery document without a name");
        Version = (string?)root["version"] ?? "";
        ServicePath = (string?)root["servicePath"] ?? "";
        _schemas = root["schemas"] as JsonObject ?? [];
        StandardParameters = ReadParameters(root["parameters"] as JsonObject);
        var methods = new List<DiscoveryMethod>();
        CollectMethods(root, methods);
        Methods = methods;
    }

    public string Name { get; }
    public string Version { get; }

    /// <summary>Prefix of every method path on the API host, e.g. "calendar/v3/" (empty for Gmail, whose paths carry it).</summary>
    public string ServicePath { get; }

    /// <summary>The parameters every method accepts (alt, fields, key, prettyPrint, ...).</summary>
    public IReadOnlyDictionary<string, JsonObject> StandardParameters { get; }

    public IReadOnlyList<DiscoveryMethod> Methods { get; }

    public JsonObject? Schema(string id) => _schemas[id] as JsonObject;

    public static DiscoveryDocument Parse(JsonObject root) => new(root);

    /// <summary>Loads a document shipped in this assembly: "gmail.v1", "people.v1", "calendar.v3", "sheets.v4", "drive.v3".</summary>
    public static DiscoveryDocument LoadEmbedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Discovery.{name}.json")
            ?? throw new ArgumentException($"no embedded discovery document '{name}'", nameof(name));
        return Parse(JsonNode.Parse(stream)!.AsObject());
    }

    internal static IReadOnlyDictionary<string, JsonObject> ReadParameters(JsonObject? parameters) =>
        parameters is null
            ? new Dictionary<string, JsonObject>()
            : parameters.Where(p => p.Value is JsonObject).ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.Ordinal);

    private void CollectMethods(JsonObject resource, List<DiscoveryMethod> into)
    {
        if (resource["methods"] is JsonObject methods)
            foreach (var (_, method) in methods)
                if (method is JsonObject m) into.Add(new DiscoveryMethod(this, m));
        if (resource["resources"] is JsonObject resources)
            foreach (var (_, child) in resources)
                if (child is JsonObject c) CollectMethods(c, into);
    }
}
