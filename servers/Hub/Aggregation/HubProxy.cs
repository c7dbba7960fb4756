using McpServers.Hosting;
using McpServers.Hosting.Sessions;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Hub.Aggregation;

/// <summary>
/// The MCP requests the hub passes on to its servers: tools (the hub's own tools are registered beside them), prompts
/// (named <c>&lt;prefix&gt;__&lt;prompt&gt;</c>) and resources (under their own URIs, names prefixed).
/// </summary>
internal sealed class HubProxy(HubServers servers, McpSessionRegistry sessions)
{
    public ValueTask<ListToolsResult> ListToolsAsync(RequestContext<ListToolsRequestParams> context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListToolsResult { Tools = [.. servers.Tools().Select(t => t.ForClients())] });

    public async ValueTask<CallToolResult> CallToolAsync(RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken)
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
        return await servers.CallAsync(tool, ClientOf(context), request.Arguments?.AsReadOnly(), ToolProgress.ForwardTo(context), cancellationToken);
    }

    public ValueTask<ListPromptsResult> ListPromptsAsync(RequestContext<ListPromptsRequestParams> context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListPromptsResult
        {
            Prompts = [.. servers.Prompts().Select(p => new Prompt
            {
                Name = p.Name,
                Title = p.Prompt.Title,
                Description = p.Prompt.Description,
                Arguments = p.Prompt.Arguments,
                Icons = p.Prompt.Icons,
                Meta = p.Prompt.Meta,
            })],
        });

    public async ValueTask<GetPromptResult> GetPromptAsync(RequestContext<GetPromptRequestParams> context, CancellationToken cancellationToken)
    {
        var request = context.Params!;
        var (_, server, prompt) = servers.Prompts().FirstOrDefault(p => p.Name == request.Name);
        if (server is null)
            throw new McpProtocolException($"Unknown prompt: '{request.Name}'", McpErrorCode.InvalidParams);
        var connection = await ConnectionAsync(server, context, cancellationToken);
        return await connection.Client.GetPromptAsync(prompt.Name, request.Arguments?.ToDictionary(p => p.Key, p => (object?)p.Value),
            cancellationToken: cancellationToken);
    }

    public ValueTask<ListResourcesResult> ListResourcesAsync(RequestContext<ListResourcesRequestParams> context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListResourcesResult
        {
            Resources = [.. servers.Resources().Select(r => new Resource
            {
                Uri = r.Resource.Uri,
                Name = ToolNames.Exposed(r.Server.Config.Prefix, r.Resource.Name),
                Title = r.Resource.Title,
                Description = r.Resource.Description,
                MimeType = r.Resource.MimeType,
                Size = r.Resource.Size,
                Annotations = r.Resource.Annotations,
                Icons = r.Resource.Icons,
                Meta = r.Resource.Meta,
            })],
        });

    public ValueTask<ListResourceTemplatesResult> ListResourceTemplatesAsync(RequestContext<ListResourceTemplatesRequestParams> context,
        CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListResourceTemplatesResult
        {
            ResourceTemplates = [.. servers.ResourceTemplates().Select(t => new ResourceTemplate
            {
                UriTemplate = t.Template.UriTemplate,
                Name = ToolNames.Exposed(t.Server.Config.Prefix, t.Template.Name),
                Title = t.Template.Title,
                Description = t.Template.Description,
                MimeType = t.Template.MimeType,
                Annotations = t.Template.Annotations,
                Icons = t.Template.Icons,
                Meta = t.Template.Meta,
            })],
        });

    public async ValueTask<ReadResourceResult> ReadResourceAsync(RequestContext<ReadResourceRequestParams> context, CancellationToken cancellationToken)
    {
        var uri = context.Params!.Uri;
        var server = servers.ServerOfResource(uri)
            ?? throw new McpProtocolException($"Resource not found: '{uri}' is not listed by any running server, nor fits one's templates.",
                McpErrorCode.ResourceNotFound);
        var connection = await ConnectionAsync(server, context, cancellationToken);
        return await connection.Client.ReadResourceAsync(uri, cancellationToken: cancellationToken);
    }

    private string? ClientOf<T>(RequestContext<T> context) => sessions.Identify(context.Server).Key;

    private async Task<Supervision.IServerConnection> ConnectionAsync<T>(Supervision.SupervisedServer server, RequestContext<T> context,
        CancellationToken cancellationToken)
    {
        try
        {
            return await servers.ConnectionForAsync(server, ClientOf(context), cancellationToken);
        }
        catch (ServerUnavailableException e)
        {
            throw new McpProtocolException(e.Message, McpErrorCode.InternalError);
        }
    }
}
