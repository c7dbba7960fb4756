using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.PlaywrightWorker.Tools;

namespace McpServers.PlaywrightWorker;

/// <summary>The worker's own structured results, as source-generated JSON.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(WorkerInfo))]
internal sealed partial class WorkerJson : JsonSerializerContext;
