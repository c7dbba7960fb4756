using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.Hosting;
using McpServers.Hosting.Sessions;

namespace McpServers.TestServer;

/// <summary>The test server's tool types, as source-generated JSON, so it runs as Native AOT like the servers it stands in for.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ClientSession))]
[JsonSerializable(typeof(IReadOnlyList<OrderItem>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(BroadcastMessage))]
[JsonSerializable(typeof(IDictionary<string, JsonElement>))]
internal sealed partial class TestJson : JsonSerializerContext
{
    /// <summary>Options the tools are registered with.</summary>
    public static JsonSerializerOptions ToolOptions => field ??= ToolJson.For(Default);
}
