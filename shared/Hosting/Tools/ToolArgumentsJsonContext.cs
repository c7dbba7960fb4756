using System.Text.Json;
using System.Text.Json.Serialization;

namespace McpServers.Hosting;

/// <summary>Source-generated JSON for what Hosting itself serializes (AOT-safe).</summary>
[JsonSerializable(typeof(IDictionary<string, JsonElement>))]
internal sealed partial class ToolArgumentsJsonContext : JsonSerializerContext;
