using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>One REST method of a discovery document, e.g. gmail.users.messages.send.</summary>
public sealed class DiscoveryMethod
{
    internal DiscoveryMethod(DiscoveryDocument document, JsonObject method)
    {
        Document = document;
        Id = (string?)method["id"] ?? throw new InvalidDataException("method without id");
        HttpMethod = (string?)method["httpMethod"] ?? "GET";
        Path = (string?)method["path"] ?? "";
        Parameters = DiscoveryDocument.ReadParameters(method["parameters"] as JsonObject);
        Scopes = method["scopes"] is JsonArray scopes ? scopes.Select(s => (string)s!).ToArray() : [];
        RequestSchema = (string?)method["request"]?["$ref"];
        ResponseSchema = (string?)method["response"]?["$ref"];
        MediaUpload = method["mediaUpload"] is JsonObject upload ? MediaUploadSpec.Parse(upload) : null;
    }

    public DiscoveryDocument Document { get; }

    /// <summary>"gmail.users.messages.send".</summary>
    public string Id { get; }

    public string HttpMethod { get; }

    /// <summary>Path relative to the service path, as written in the document ("gmail/v1/users/{userId}/messages/send").</summary>
    public string Path { get; }

    public IReadOnlyDictionary<string, JsonObject> Parameters { get; }

    /// <summary>OAuth scopes of which a token needs at least one.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>Schema id of the JSON request body, or null when the method takes none.</summary>
    public string? RequestSchema { get; }

    public string? ResponseSchema { get; }

    public MediaUploadSpec? MediaUpload { get; }

    public override string ToString() => Id;
}
