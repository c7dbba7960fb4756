using McpServers.Hosting;
using McpServers.Hosting.Sessions;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Hub.Aggregation;

/// <summary>tools/list and tools/call for the servers' tools (the hub's own tools are registered beside them).</summary>
internal sealed class HubToolProxy(HubServers servers, McpSessionRegistry sessions)
{
    public ValueTask<ListToolsResult> ListAsync(RequestContext<ListToolsRequestParams> context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListToolsResult { Tools = [.. servers.Tools().Select(t => t.ForClients())] });

    public async ValueTask<CallToolResult> CallAsync(RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken)
    {
        var request = context.Params!;
        var tool = servers.Find(request.Name);
        if (tool is null)
        {
            // A tool of a server that is down is not listed now; the caller still learns why, as from a call to a server that just went down.
            return servers.DownServerOf(request.Name) is { } down
                ? HubServers.DownError(down)
                : throw new McpProtocolException($"Unknown tool: '{request.Name}'", McpErrorCode.InvalidParams);
        }
        return await servers.CallAsync(tool, sessions.Identify(context.Server).Key, request.Arguments?.AsReadOnly(), ToolProgress.ForwardTo(context), cancellationToken);
    }
}
