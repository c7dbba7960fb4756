using System.Collections.Concurrent;
using System.Security.Cryptography;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ModelContextProtocol.Server;

namespace McpServers.Hosting.Http;

/// <summary>
/// The HTTP+SSE transport of MCP 2024-11-05, for clients that predate Streamable HTTP:
/// <c>GET /sse</c> opens the stream and names the endpoint to post to; <c>POST /message?sessionId=</c> carries client messages.
/// </summary>
internal sealed class LegacySseEndpoint(McpSessionFactory factory, McpSessionRegistry registry, HostSettings settings)
{
    private readonly ConcurrentDictionary<string, SseResponseStreamTransport> _sessions = new(StringComparer.Ordinal);

    public async Task StreamAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET";
            await JsonRpcHttpErrors.WriteAsync(context, 405, "Method Not Allowed: open the event stream with GET /sse");
            return;
        }
        if (_sessions.Count >= settings.MaxSessions)
        {
            await JsonRpcHttpErrors.WriteAsync(context, 503, $"Service Unavailable: {settings.MaxSessions} sessions are open (--max-sessions)");
            return;
        }
        var sessionId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";

        await using var transport = new SseResponseStreamTransport(context.Response.Body, $"/message?sessionId={sessionId}", sessionId);
        _sessions[sessionId] = transport;
        try
        {
            await using var server = factory.Create(transport);
            using var registration = registry.Add(server);
            var stream = transport.RunAsync(context.RequestAborted);
            var run = server.RunAsync(context.RequestAborted);
            await Task.WhenAny(stream, run);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
        finally
        {
            _sessions.TryRemove(sessionId, out _);
        }
    }

    public async Task PostAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await JsonRpcHttpErrors.WriteAsync(context, 405, "Method Not Allowed: send messages with POST /message?sessionId=...");
            return;
        }
        string? sessionId = context.Request.Query["sessionId"];
        if (string.IsNullOrEmpty(sessionId) || !_sessions.TryGetValue(sessionId, out var transport))
        {
            await JsonRpcHttpErrors.WriteAsync(context, 404, "Session not found: open a new event stream with GET /sse");
            return;
        }
        var message = await JsonRpcBodyReader.ReadAsync(context, settings.MaxRequestBodyBytes);
        if (message is null)
            return;
        await transport.OnMessageReceivedAsync(message, context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        await context.Response.WriteAsync("Accepted", context.RequestAborted);
    }
}
