using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.Hosting;
using McpServers.Playwright.Tools;
using McpServers.ProcessPool;

namespace McpServers.Playwright;

/// <summary>The types mcp-playwright's own tools return, as source-generated JSON (Native AOT: no reflection).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OpenedSession))]
[JsonSerializable(typeof(SessionList))]
[JsonSerializable(typeof(ClosedSessions))]
[JsonSerializable(typeof(PoolMetrics))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
internal sealed partial class PlaywrightJson : JsonSerializerContext
{
    /// <summary>Options the tools are registered with.</summary>
    public static JsonSerializerOptions ToolOptions => field ??= ToolJson.For(Default);
}
