using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using McpServers.Hub.Aggregation;
using McpServers.Hub.Config;
using McpServers.Hub.Supervision;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Hub.Api;

/// <summary>
/// The REST API (over http/sse, behind the hub's token and Origin checks): the servers, their state and usage, start /
/// stop / restart, and create / change / remove, written back to the config file. Plus <c>/metrics</c> for Prometheus.
/// </summary>
internal static class HubApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/servers", (HttpContext context) => WriteAsync(context, 200, List(Servers(context)), HubJson.Default.IReadOnlyListServerView));
        endpoints.MapGet("/api/servers/{name}", (HttpContext context) => WithServerAsync(context, server => WriteAsync(context, 200, View(server, Servers(context)), HubJson.Default.ServerView)));
        endpoints.MapPost("/api/servers/{name}/{action}", (HttpContext context) => WithServerAsync(context, server =>
        {
            switch (context.Request.RouteValues["action"] as string)
            {
                case "start":
                    server.Start();
                    break;
                case "restart":
                    server.Restart();
                    break;
                case "stop":
                    server.Hold();
                    break;
                default:
                    return ErrorAsync(context, 404, "Unknown action: use start, stop or restart.");
            }
            return WriteAsync(context, 202, View(server, Servers(context)), HubJson.Default.ServerView);
        }));
        endpoints.MapPost("/api/servers", (HttpContext context) => EditAsync(context, create: true));
        endpoints.MapPut("/api/servers/{name}", (HttpContext context) => EditAsync(context, create: false));
        endpoints.MapDelete("/api/servers/{name}", async (HttpContext context) =>
        {
            var name = (string)context.Request.RouteValues["name"]!;
            var watcher = context.RequestServices.GetRequiredService<HubConfigWatcher>();
            var removed = false;
            var outcome = await watcher.EditAsync(servers => removed = servers.Remove(name));
            if (outcome is { } refused)
                await ErrorAsync(context, 400, refused);
            else if (!removed)
                await ErrorAsync(context, 404, $"No server '{name}'.");
            else
                context.Response.StatusCode = 204;
        });
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
    }

    private static HubServers Servers(HttpContext context) => context.RequestServices.GetRequiredService<HubServers>();

    private static IReadOnlyList<ServerView> List(HubServers servers)
    {
        servers.Sample();
        return [.. servers.Servers.Select(s => View(s, servers))];
    }

    private static ServerView View(SupervisedServer server, HubServers servers) => new(
        server.Config.Name, "stdio", server.Status, server.Child?.ProcessId, server.StartedAt, server.Restarts, server.LastHealthCheck,
        server.LastError, [.. server.Tools.Select(t => t.Name)], server.Usage.CpuPercent, server.Usage.RssBytes, server.Usage.Calls,
        server.Usage.Errors, server.Usage.Percentile(0.5), server.Usage.Percentile(0.95), server.Config.Command, server.Config.Args,
        [.. server.Config.Env.Keys], server.Config.PerClient, servers.ClientProcessesOf(server.Config.Name));

    private static Task WithServerAsync(HttpContext context, Func<SupervisedServer, Task> then)
    {
        var name = context.Request.RouteValues["name"] as string;
        var server = Servers(context).Servers.FirstOrDefault(s => s.Config.Name == name);
        return server is null ? ErrorAsync(context, 404, $"No running server '{name}'.") : then(server);
    }

    /// <summary>POST /api/servers (body: the entry with its "name") or PUT /api/servers/{name} (body: the entry).</summary>
    private static async Task EditAsync(HttpContext context, bool create)
    {
        JsonObject entry;
        try
        {
            entry = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject
                ?? throw new JsonException("expected an object");
        }
        catch (JsonException e)
        {
            await ErrorAsync(context, 400, $"The body must be a server entry as in Claude Desktop's config ({{\"command\", \"args\", \"env\"}}): {e.Message}");
            return;
        }
        string? name = null;
        if (!create)
            name = (string)context.Request.RouteValues["name"]!;
        else if (entry["name"] is JsonValue value && value.TryGetValue<string>(out var given))
            name = given;
        if (string.IsNullOrEmpty(name))
        {
            await ErrorAsync(context, 400, "\"name\" is required (a string).");
            return;
        }
        entry.Remove("name");
        var existed = false;
        var outcome = await context.RequestServices.GetRequiredService<HubConfigWatcher>().EditAsync(servers =>
        {
            existed = servers.ContainsKey(name);
            if (!(create && existed))
                servers[name] = entry;
        });
        if (outcome is { } refused)
            await ErrorAsync(context, 400, refused);
        else if (create && existed)
            await ErrorAsync(context, 409, $"A server '{name}' exists; change it with PUT /api/servers/{name}.");
        else
        {
            var server = Servers(context).Servers.FirstOrDefault(s => s.Config.Name == name);
            if (server is null)
                context.Response.StatusCode = create ? 201 : 200; // disabled: in the file, not running
            else
                await WriteAsync(context, create ? 201 : 200, View(server, Servers(context)), HubJson.Default.ServerView);
        }
    }

    private static Task ErrorAsync(HttpContext context, int status, string message) =>
        WriteAsync(context, status, new ApiError(message), HubJson.Default.ApiError);

    private static async Task WriteAsync<T>(HttpContext context, int status, T value, JsonTypeInfo<T> type)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, type, context.RequestAborted);
    }
}
