using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Hosting;
using McpServers.Playwright.Pool;
using McpServers.ProcessPool;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Playwright.Tools;

/// <summary>
/// The browser tools: the worker's own tools, each with an extra optional <c>session</c> parameter, forwarded to the
/// caller's worker. The worker is the single source of the tools' names and schemas. Progress and cancellation pass
/// through; pool trouble (full, expired, crashed) comes back as an error result that says what to do.
/// </summary>
internal sealed class BrowserToolProxy
{
    public const string SessionParameter = "session";
    private readonly WorkerPool _pool;
    private readonly BrowserSessions _sessions;
    private IReadOnlyList<Tool>? _tools;

    public BrowserToolProxy(WorkerPool pool, BrowserSessions sessions)
    {
        _pool = pool;
        _sessions = sessions;
    }

    public async ValueTask<ListToolsResult> ListAsync(RequestContext<ListToolsRequestParams> context, CancellationToken cancellationToken) =>
        new() { Tools = [.. await ToolsAsync(cancellationToken)] };

    public async ValueTask<CallToolResult> CallAsync(RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken)
    {
        var request = context.Params!;
        IReadOnlyList<Tool> tools;
        try
        {
            tools = await ToolsAsync(cancellationToken);
        }
        catch (WorkerPoolException e)
        {
            return ToolResults.Error($"The browser workers cannot start: {e.Message}");
        }
        if (tools.All(t => t.Name != request.Name))
            throw new McpProtocolException($"Unknown tool: '{request.Name}'", McpErrorCode.InvalidParams);
        var arguments = request.Arguments?.ToDictionary() ?? [];
        string? name = null;
        if (arguments.Remove(SessionParameter, out var session))
        {
            if (session.ValueKind == JsonValueKind.String)
                name = session.GetString();
            else if (session.ValueKind != JsonValueKind.Null)
                return ToolResults.Error("'session' must be a string: the name or handle of one of your browser sessions (default \"default\").");
        }
        var progress = ToolProgress.ForwardTo(context);
        try
        {
            return await _pool.CallToolAsync(_sessions.KeyFor(context.Server, name), request.Name, arguments, progress, cancellationToken);
        }
        catch (WorkerPoolException e)
        {
            return ToolResults.Error(e.Message);
        }
    }

    private async Task<IReadOnlyList<Tool>> ToolsAsync(CancellationToken cancellationToken) =>
        _tools ??= (await _pool.ListToolsAsync(cancellationToken))
            .Where(t => !t.Name.StartsWith("worker_", StringComparison.Ordinal))
            .Select(WithSessionParameter)
            .ToList();

    private static Tool WithSessionParameter(Tool tool)
    {
        var schema = JsonNode.Parse(tool.InputSchema.GetRawText())!.AsObject();
        var properties = schema["properties"] as JsonObject ?? (JsonObject)(schema["properties"] = new JsonObject());
        properties[SessionParameter] = new JsonObject
        {
            ["type"] = "string",
            ["description"] = "Browser session: a name of your own (default \"default\"; each name is a separate, isolated browser with its own "
                + "cookies), or a handle from browser_session_open, which clients without an MCP session must pass. See browser_session_list.",
        };
        return new Tool
        {
            Name = tool.Name,
            Title = tool.Title,
            Description = tool.Description,
            InputSchema = JsonSerializer.SerializeToElement(schema, PlaywrightJson.Default.JsonObject),
            OutputSchema = tool.OutputSchema,
            Annotations = tool.Annotations,
        };
    }
}
