using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.Hosting;
using McpServers.Hub.Api;
using McpServers.Hub.Logs;
using McpServers.Hub.Tools;

namespace McpServers.Hub;

/// <summary>The hub's tool types as source-generated JSON (Native AOT).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ServerList))]
[JsonSerializable(typeof(FoundTools))]
[JsonSerializable(typeof(BatchResults))]
[JsonSerializable(typeof(IReadOnlyList<BatchCall>))]
[JsonSerializable(typeof(RestartedServer))]
[JsonSerializable(typeof(ServerView))]
[JsonSerializable(typeof(IReadOnlyList<ServerView>))]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(ServerMetrics))]
[JsonSerializable(typeof(LogLines))]
[JsonSerializable(typeof(LogEntry))]
[JsonSerializable(typeof(ServerConfigView))]
[JsonSerializable(typeof(ConfigEntry))]
[JsonSerializable(typeof(IReadOnlyList<HubEvent>))]
internal sealed partial class HubJson : JsonSerializerContext
{
    /// <summary>Options the tools are registered with.</summary>
    public static JsonSerializerOptions ToolOptions => field ??= ToolJson.For(Default);
}
