using PolyType;
using StreamJsonRpc;

namespace McpServers.Bench.RpcFormats;

/// <summary>
/// The worker contract as MessagePack has to carry it: MCP's types have no PolyType shapes, so arguments and results
/// travel as JSON text inside MessagePack strings.
/// </summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IPackedWorkerRpc
{
    Task<string> CallToolAsync(string name, string? argumentsJson, IProgress<string>? progress, CancellationToken cancellationToken);
}

/// <summary>MessagePack (Nerdbank) with length-prefixed frames.</summary>
internal static class PackedConnection
{
    public static JsonRpc Create(Stream send, Stream receive) =>
        new(new LengthHeaderMessageHandler(send, receive,
            new NerdbankMessagePackFormatter { TypeShapeProvider = PolyType.SourceGenerator.TypeShapeProvider_rpc_formats_bench.Default }));
}
