using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using StreamJsonRpc;

namespace McpServers.WorkerRpc;

/// <summary>
/// The worker's end of <see cref="IWorkerRpc"/>: calls the server's own registered tools through the same call filters MCP
/// requests go through (argument checks, the server's error descriptions), with the SDK's request context, so a tool
/// behaves the same whether the pool or an MCP client calls it.
/// </summary>
internal sealed class WorkerRpcServer : IWorkerRpc
{
    private readonly IServiceProvider _services;
    private readonly McpServer _server;
    private readonly ProgressRelayTransport _progress;
    private readonly Func<IServiceProvider, CancellationToken, Task>? _reset;
    private readonly McpServerOptions _options;
    private readonly McpRequestHandler<CallToolRequestParams, CallToolResult> _call;
    private long _lastCall;

    public WorkerRpcServer(IServiceProvider services, McpServerOptions options, McpServer server, ProgressRelayTransport progress,
        Func<IServiceProvider, CancellationToken, Task>? reset)
    {
        _services = services;
        _options = options;
        _server = server;
        _progress = progress;
        _reset = reset;
        McpRequestHandler<CallToolRequestParams, CallToolResult> call = (context, cancellationToken) =>
            ((McpServerTool)context.MatchedPrimitive!).InvokeAsync(context, cancellationToken);
        // The first filter registered is the outermost, as in the SDK's own pipeline.
        var filters = options.Filters.Request.CallToolFilters;
        for (var i = filters.Count - 1; i >= 0; i--)
            call = filters[i](call);
        _call = call;
    }

    public Task<ListToolsResult> ListToolsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ListToolsResult { Tools = [.. (_options.ToolCollection ?? []).Select(t => t.ProtocolTool)] });

    public async Task<CallToolResult> CallToolAsync(string name, Dictionary<string, JsonElement>? arguments,
        IProgress<ProgressNotificationValue>? progress, CancellationToken cancellationToken)
    {
        if (_options.ToolCollection?.TryGetPrimitive(name, out var tool) != true)
            throw new LocalRpcException($"Unknown tool: '{name}'") { ErrorCode = (int)McpErrorCode.InvalidParams };
        var id = Interlocked.Increment(ref _lastCall);
        var token = new ProgressToken(id);
        var parameters = new CallToolRequestParams
        {
            Name = name,
            Arguments = arguments,
            Meta = progress is null ? null : new JsonObject { ["progressToken"] = id },
        };
        await using var scope = _options.ScopeRequests ? _services.CreateAsyncScope() : (AsyncServiceScope?)null;
        var context = new RequestContext<CallToolRequestParams>(_server, new JsonRpcRequest { Id = new ModelContextProtocol.Protocol.RequestId(id), Method = RequestMethods.ToolsCall }, parameters)
        {
            MatchedPrimitive = tool,
            Services = scope?.ServiceProvider ?? _services,
        };
        using var listening = progress is null ? null : _progress.Listen(token, progress);
        try
        {
            return await _call(context, cancellationToken);
        }
        catch (McpProtocolException e)
        {
            throw new LocalRpcException(e.Message) { ErrorCode = (int)e.ErrorCode };
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // As the SDK answers an MCP client: the tool failed, and only an McpException's message is meant for the caller.
            var message = e is McpException ? $"An error occurred invoking '{name}': {e.Message}" : $"An error occurred invoking '{name}'.";
            return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = message }] };
        }
    }

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<bool> ResetAsync(CancellationToken cancellationToken)
    {
        if (_reset is null)
            return false;
        await _reset(_services, cancellationToken);
        return true;
    }
}
