using System.Text.Json;
using System.Text.Json.Serialization;
using ModelContextProtocol;
using StreamJsonRpc.Protocol;

namespace McpServers.WorkerRpc;

/// <summary>
/// Source-generated JSON for the channel's own types; MCP's types come from the SDK's resolver. Without the StreamJsonRpc
/// types here (request ids, progress tokens, error data), progress is silently dropped and cancellation hangs under Native AOT.
/// </summary>
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(ProgressNotificationValue))]
[JsonSerializable(typeof(IProgress<ProgressNotificationValue>))]
[JsonSerializable(typeof(StreamJsonRpc.RequestId))]
[JsonSerializable(typeof(CommonErrorData))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(object))]
internal sealed partial class WorkerRpcJson : JsonSerializerContext;
