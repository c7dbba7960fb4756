using System.Text.Json.Nodes;
using McpServers.Hosting.CommandLine;
using Microsoft.AspNetCore.Http;

namespace McpServers.Hosting.Http;

/// <summary>Routes an HTTP request: <c>/healthz</c> is open; <c>/mcp</c> or <c>/sse</c> + <c>/message</c> pass the guard first.</summary>
internal sealed class HttpRequestDispatcher(
    McpServerDefinition definition,
    HostSettings settings,
    RequestGuard guard,
    StreamableHttpEndpoint streamable,
    LegacySseEndpoint legacy)
{
    public async Task DispatchAsync(HttpContext context)
    {
        var path = context.Request.Path.Value?.TrimEnd('/') ?? "";
        if (path == "/healthz")
        {
            await HealthAsync(context);
            return;
        }
        Func<HttpContext, Task>? endpoint = (settings.Transport, path) switch
        {
            (TransportKind.Http, "/mcp") => streamable.HandleAsync,
            (TransportKind.Sse, "/sse") => legacy.StreamAsync,
            (TransportKind.Sse, "/message") => legacy.PostAsync,
            _ => null,
        };
        if (endpoint is null)
        {
            var served = settings.Transport == TransportKind.Sse ? "GET /sse and POST /message" : "/mcp";
            await JsonRpcHttpErrors.WriteAsync(context, 404, $"Not Found: this server serves MCP on {served}");
            return;
        }
        if (await guard.AdmitAsync(context))
            await endpoint(context);
    }

    private Task HealthAsync(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        var body = new JsonObject
        {
            ["status"] = "ok",
            ["name"] = definition.ExecutableName,
            ["version"] = McpServices.VersionOf(definition),
        };
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}
