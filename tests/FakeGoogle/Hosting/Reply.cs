using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Hosting;

/// <summary>The HTTP answer the pipeline writes: status, JSON body (or none) and extra headers.</summary>
internal sealed record Reply(int Status, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static Reply Error(int code, string? message = null, string? reason = null, string? status = null,
        IReadOnlyDictionary<string, string>? headers = null) =>
        new(code, GoogleError.Body(code, message, reason, status), headers);
}
