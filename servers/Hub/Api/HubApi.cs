using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Hub.Aggregation;
using McpServers.Hub.Config;
using McpServers.Hub.Logs;
using McpServers.Hub.Supervision;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace McpServers.Hub.Api;

/// <summary>
/// The REST API (over http/sse, behind the hub's token and Origin checks): the servers, their state, usage and logs,
/// start / stop / restart, create / change / remove (written back to the config file), the event table, and
/// <c>/metrics</c> for Prometheus. Every endpoint is described in the OpenAPI document (<c>/openapi/v1.json</c>).
/// </summary>
internal static class HubApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var servers = endpoints.MapGroup("/api/servers").WithTags("servers");
        servers.MapGet("", (HubServers hub) => TypedResults.Ok(List(hub)))
            .WithName("listServers").WithSummary("The configured servers that are enabled, with state and usage");
        servers.MapGet("/{name}", Results<Ok<ServerView>, NotFound<ApiError>> (string name, HubServers hub) =>
            {
                hub.Sample(); // CPU and memory as of now
                return Find(hub, name) is { } server ? TypedResults.Ok(View(server, hub)) : NotFound(name);
            })
            .WithName("getServer").WithSummary("One server, with state and usage");
        foreach (var (action, summary) in new[]
        {
            ("start", "Starts a stopped server or one in crash-loop (a running one is left alone)"),
            ("stop", "Stops a server; it stays stopped until started"),
            ("restart", "Restarts a server now (also out of crash-loop), with a fresh failure count"),
        })
        {
            servers.MapPost($"/{{name}}/{action}", Results<Accepted<ServerView>, NotFound<ApiError>> (string name, HubServers hub) =>
                {
                    if (Find(hub, name) is not { } server)
                        return NotFound(name);
                    _ = action switch { "start" => server.Start(), "stop" => Do(server.Hold), _ => Do(server.Restart) };
                    return TypedResults.Accepted((string?)null, View(server, hub));
                })
                .WithName(action + "Server").WithSummary(summary);
        }
        servers.MapGet("/{name}/metrics", Results<Ok<ServerMetrics>, NotFound<ApiError>> (string name, HubServers hub) =>
            {
                if (Find(hub, name) is not { } server)
                    return NotFound(name);
                hub.Sample();
                var usage = server.Usage;
                return TypedResults.Ok(new ServerMetrics(name, usage.CpuPercent, usage.RssBytes, usage.Calls, usage.Errors, usage.Percentile(0.5),
                    usage.Percentile(0.95), usage.History()));
            })
            .WithName("getServerMetrics").WithSummary("CPU, memory, calls and latency now, and CPU and memory over the last ten minutes");
        servers.MapGet("/{name}/logs", Results<Ok<LogLines>, NotFound<ApiError>, BadRequest<ApiError>> (string name, int? tail, string? level, string? q, HubServers hub) =>
            {
                if (Find(hub, name) is not { } server)
                    return NotFound(name);
                if (CheckLevel(level) is { } bad)
                    return bad;
                if (tail is < 1 or > ServerLog.Kept)
                    return TypedResults.BadRequest(new ApiError($"tail must be from 1 to {ServerLog.Kept}."));
                return TypedResults.Ok(new LogLines(server.Log.Tail(tail ?? 200, level ?? LogLevels.Debug, q)));
            })
            .WithName("getServerLogs")
            .WithSummary("The last lines of a server's log (its stderr and the hub's notes, secrets masked)")
            .WithDescription("tail: how many lines (default 200, at most 2000); level: debug, info, warning or error, and above; q: text the line contains (any case).");
        servers.MapGet("/{name}/logs/stream", async Task<Results<EmptyHttpResult, NotFound<ApiError>, BadRequest<ApiError>>> (string name, string? level, string? q,
                HubServers hub, HttpContext context) =>
            {
                if (Find(hub, name) is not { } server)
                    return NotFound(name);
                if (CheckLevel(level) is { } bad)
                    return bad;
                await LogStream.WriteAsync(context, server.Log, level ?? LogLevels.Debug, q);
                return TypedResults.Empty;
            })
            .Produces(200, contentType: "text/event-stream")
            .WithName("streamServerLogs")
            .WithSummary("New log lines as they come, as Server-Sent Events (data: one JSON line each; ': ' comments keep the stream alive)");
        servers.MapGet("/{name}/config", async Task<Results<Ok<ServerConfigView>, NotFound<ApiError>>> (string name, HubServers hub, HubConfigWatcher config) =>
            {
                var entry = await config.EntryAsync(name);
                if (entry is null)
                    return NotFound(name);
                // Secret by the file's own secretEnv (it may not be applied yet), by what runs, or by its name.
                var marked = entry["secretEnv"] is JsonArray list ? list.Select(n => n?.ToString()).ToHashSet() : [];
                var running = hub.Servers.FirstOrDefault(s => s.Config.Name == name)?.Config;
                return TypedResults.Ok(new ServerConfigView(name, SecretEntry.Hide(entry,
                    env => marked.Contains(env) || (running?.IsSecretEnv(env) ?? HubServerConfig.IsSecretName(env)))));
            })
            .WithName("getServerConfig").WithSummary("A server's entry as in the config file; secret env values and header values are null");
        servers.MapPost("", (HttpRequest request, HubServers hub, HubConfigWatcher config) => EditAsync(request, null, hub, config))
            .WithMetadata(ConfigEntryBody.Instance)
            .Produces<ServerView>(201).Produces<ApiError>(400).Produces<ApiError>(409).Produces<ApiError>(415).Produces<ApiError>(503)
            .WithName("createServer").WithSummary("Adds a server to the config file (written back) and starts it");
        servers.MapPut("/{name}", (string name, HttpRequest request, HubServers hub, HubConfigWatcher config) => EditAsync(request, name, hub, config))
            .WithMetadata(ConfigEntryBody.Instance)
            .Produces<ServerView>(200).Produces<ApiError>(400).Produces<ApiError>(404).Produces<ApiError>(415).Produces<ApiError>(503)
            .WithName("changeServer").WithSummary("Replaces a server's entry in the config file; the server restarts if it changed");
        servers.MapDelete("/{name}", async Task<Results<NoContent, NotFound<ApiError>, JsonHttpResult<ApiError>>> (string name, HubConfigWatcher config) =>
            {
                var removed = false;
                var outcome = await config.EditAsync(all => removed = all.Remove(name));
                if (outcome is { } refused)
                    return Refused(refused);
                return removed ? TypedResults.NoContent() : NotFound(name);
            })
            .WithName("removeServer").WithSummary("Removes a server from the config file and stops it");
        endpoints.MapGet("/api/events", Results<Ok<IReadOnlyList<HubEvent>>, BadRequest<ApiError>, JsonHttpResult<ApiError>> (string? server, int? limit, HubJournal journal) =>
            {
                if (limit is < 1 or > 1000)
                    return TypedResults.BadRequest(new ApiError("limit must be from 1 to 1000."));
                try
                {
                    return TypedResults.Ok(journal.Events(server, limit ?? 100));
                }
                catch (JournalUnavailableException e)
                {
                    return TypedResults.Json(new ApiError(e.Message), HubJson.Default.ApiError, statusCode: 503);
                }
            })
            .WithTags("events").WithName("listEvents")
            .WithSummary("Hub events, newest first: started, exited, restarting, crash-loop, health-failed, stopped, config")
            .WithDescription("server: only this server's events; limit: how many (default 100, at most 1000).");
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
    }

    private static bool Do(Action action)
    {
        action();
        return true;
    }

    private static SupervisedServer? Find(HubServers hub, string name) => hub.Servers.FirstOrDefault(s => s.Config.Name == name);

    private static NotFound<ApiError> NotFound(string name) => TypedResults.NotFound(new ApiError($"No server '{name}' is configured and enabled."));

    private static BadRequest<ApiError>? CheckLevel(string? level) =>
        level is null || LogLevels.Rank(level) >= 0 ? null : TypedResults.BadRequest(new ApiError($"level must be one of {string.Join(", ", LogLevels.All)}."));

    private static IReadOnlyList<ServerView> List(HubServers servers)
    {
        servers.Sample();
        return [.. servers.Servers.Select(s => View(s, servers))];
    }

    private static ServerView View(SupervisedServer server, HubServers servers) => new(
        server.Config.Name, server.Config.Transport, server.Status, server.Child?.ProcessId, server.StartedAt, server.Restarts, server.LastHealthCheck,
        server.LastError, [.. server.Tools.Select(t => t.Name)], server.Usage.CpuPercent, server.Usage.RssBytes, server.Usage.Calls,
        server.Usage.Errors, server.Usage.Percentile(0.5), server.Usage.Percentile(0.95), server.Config.Command, MaskedArgs(server),
        [.. server.Config.Env.Keys], server.Config.Url is { } url ? server.Log.Mask(url.ToString()) : null, [.. server.Config.Headers.Keys],
        server.Config.PerClient,
        [.. servers.ClientProcessesOf(server.Config.Name).Select(p => p.Pid)], servers.ClientProcessesOf(server.Config.Name));

    /// <summary>
    /// The command line as the server view shows it: masked as log lines are (<c>--token=abc</c>), and the value after a
    /// flag whose name says it is a secret (<c>--api-key abc</c>).
    /// </summary>
    private static IReadOnlyList<string> MaskedArgs(SupervisedServer server)
    {
        var args = server.Config.Args;
        return [.. args.Select((arg, i) =>
            i > 0 && args[i - 1].StartsWith('-') && !args[i - 1].Contains('=') && HubServerConfig.IsSecretName(args[i - 1])
                ? SecretMask.Masked
                : server.Log.Mask(arg))];
    }

    /// <summary>POST /api/servers (body: the entry with its "name") or PUT /api/servers/{name} (body: the entry).</summary>
    private static async Task<IResult> EditAsync(HttpRequest request, string? name, HubServers hub, HubConfigWatcher config)
    {
        var create = name is null;
        if (!request.HasJsonContentType())
            return TypedResults.Json(new ApiError("The body must be JSON (Content-Type: application/json)."), HubJson.Default.ApiError, statusCode: 415);
        JsonObject entry;
        try
        {
            entry = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject
                ?? throw new JsonException("expected an object");
        }
        catch (JsonException e)
        {
            return TypedResults.BadRequest(new ApiError($"The body must be a server entry as in Claude Desktop's config ({{\"command\", \"args\", \"env\"}} or {{\"url\", \"headers\"}}): {e.Message}"));
        }
        if (create && entry["name"] is JsonValue value && value.TryGetValue<string>(out var given))
            name = given;
        if (string.IsNullOrEmpty(name))
            return TypedResults.BadRequest(new ApiError("\"name\" is required (a string)."));
        entry.Remove("name");
        var existed = false;
        var outcome = await config.EditAsync(servers =>
        {
            existed = servers.ContainsKey(name);
            if (create == existed)
                return false; // 409 or 404 below: the file stays as it is
            SecretEntry.KeepStored(entry, servers[name] as JsonObject);
            servers[name] = entry;
            return true;
        });
        if (outcome is { } refused)
            return Refused(refused);
        if (create && existed)
            return TypedResults.Conflict(new ApiError($"A server '{name}' exists; change it with PUT /api/servers/{name}."));
        if (!create && !existed)
            return NotFound(name);
        var status = create ? 201 : 200;
        if (create)
            request.HttpContext.Response.Headers.Location = $"/api/servers/{Uri.EscapeDataString(name)}";
        // A disabled server is in the file but not running: nothing to show.
        return Find(hub, name) is { } server ? TypedResults.Json(View(server, hub), HubJson.Default.ServerView, statusCode: status) : TypedResults.StatusCode(status);
    }

    private static JsonHttpResult<ApiError> Refused(ConfigEditRefusal refusal) =>
        TypedResults.Json(new ApiError(refusal.Message), HubJson.Default.ApiError, statusCode: refusal.Status);
}
