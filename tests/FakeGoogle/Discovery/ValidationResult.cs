using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>Media bytes of an upload request, with their declared Content-Type.</summary>
public sealed record UploadedMedia(string ContentType, byte[] Bytes);

/// <summary>What the validator made of a request: the method it addresses, its parsed parts and every problem.</summary>
public sealed record ValidationResult
{
    /// <summary>The matched method, or null when no method has this HTTP method and path.</summary>
    public DiscoveryMethod? Method { get; init; }

    public RequestKind Kind { get; init; }

    public IReadOnlyDictionary<string, string> PathParameters { get; init; } = new Dictionary<string, string>();

    public QueryValues Query { get; init; } = QueryValues.Parse(null);

    /// <summary>The JSON body, or the metadata part of an upload (null when none was sent).</summary>
    public JsonNode? Body { get; init; }

    /// <summary>The media of a media or multipart upload (a resumable upload's media comes later).</summary>
    public UploadedMedia? Media { get; init; }

    /// <summary>The parsed "fields" selector, applied to the response.</summary>
    public FieldSelection? Fields { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool IsValid => Method is not null && Problems.Count == 0;
}
