using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;
using StreamJsonRpc;

namespace McpServers.WorkerRpc;

/// <summary>The one way both ends of the worker channel are set up: JSON-RPC 2.0, System.Text.Json, header-delimited frames.</summary>
public static class WorkerRpcConnection
{
    /// <summary>Set by the pool in a worker's environment: the worker then serves <see cref="IWorkerRpc"/> on stdio instead of MCP.</summary>
    public const string EnvironmentVariable = "MCP_WORKER_CHANNEL";

    /// <summary>The value of <see cref="EnvironmentVariable"/> for this contract (a later incompatible contract gets a new one).</summary>
    public const string Version = "streamjsonrpc-1";

    /// <summary>A connection (not yet listening) that writes to <paramref name="send"/> and reads <paramref name="receive"/>.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "The formatter's reflection is replaced by a source-generated resolver for every type on this contract (WorkerRpcJson + MCP's); the AOT-published pool and test worker run every channel test.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "As above: no type is serialized without source-generated metadata.")]
    public static JsonRpc Create(Stream send, Stream receive)
    {
        var formatter = new SystemTextJsonFormatter();
        // Under Native AOT the formatter's IProgress<T> converter must be told T ahead of time.
        formatter.RegisterGenericType<ProgressNotificationValue>();
        formatter.JsonSerializerOptions.TypeInfoResolver = JsonTypeInfoResolver.Combine(
            WorkerRpcJson.Default, McpJsonUtilities.DefaultOptions.TypeInfoResolver);
        return new JsonRpc(new HeaderDelimitedMessageHandler(send, receive, formatter));
    }
}
