using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Hosting;

/// <summary>What a fake API handler answers: a status and a JSON body (none for 204).</summary>
internal sealed record ApiResult(int Status, JsonNode? Body)
{
    public static ApiResult Ok(JsonNode body) => new(200, body);

    public static ApiResult NoContent { get; } = new(204, null);
}
