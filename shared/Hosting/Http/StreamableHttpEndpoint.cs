using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Hosting.Http;

/// <summary>
/// Streamable HTTP on <c>/mcp</c> (MCP 2025-11-25, also 2025-06-18 and 2025-03-26 clients):
/// POST carries client messages and streams the replies, GET opens the stream for server-initiated
/// messages, DELETE ends a session. Only <c>initialize</c> creates a session.
/// </summary>
internal sealed class StreamableHttpEndpoint(StreamableHttpSessionStore sessions, McpSessionFactory factory, HostSettings settings)
{
    public const string SessionIdHeader = "Mcp-Session-Id";

    public Task HandleAsync(HttpContext context) => context.Request.Method switch
    {
        "POST" => PostAsync(context),
        "GET" when !settings.Stateless => GetAsync(context),
        "DELETE" when !settings.Stateless => DeleteAsync(context),
        _ => MethodNotAllowedAsync(context),
    };

    private async Task PostAsync(HttpContext context)
    {
        if (!Accepts(context.Request, "application/json") && !Accepts(context.Request, "text/event-stream"))
        {
            await JsonRpcHttpErrors.WriteAsync(context, 406, "Not Acceptable: the client must accept application/json and text/event-stream");
            return;
        }
        var version = ProtocolVersionHeader.Read(context.Request);
        if (version is not null && !ProtocolVersionHeader.IsSupported(version))
        {
            await JsonRpcHttpErrors.WriteAsync(context, 400,
                $"Bad Request: unsupported {ProtocolVersionHeader.Name} '{version}'; supported: {string.Join(", ", ProtocolVersionHeader.Supported)}");
            return;
        }
        var message = await JsonRpcBodyReader.ReadAsync(context, settings.MaxRequestBodyBytes);
        if (message is null)
            return;
        message.Context = new JsonRpcMessageContext { ProtocolVersion = version, User = context.User };

        string? sessionId = context.Request.Headers[SessionIdHeader];
        if (string.IsNullOrEmpty(sessionId) && (settings.Stateless || (!IsInitialize(message) && ProtocolVersionHeader.IsSessionless(version))))
        {
            await PostStatelessAsync(context, message);
            return;
        }
        var session = await ResolveSessionAsync(context, sessionId, message);
        if (session is null)
            return;
        using var busy = session.BeginRequest();
        await WriteRepliesAsync(context, session.Transport, message);
    }

    private async Task<StreamableHttpSession?> ResolveSessionAsync(HttpContext context, string? sessionId, JsonRpcMessage message)
    {
        if (!string.IsNullOrEmpty(sessionId))
        {
            var existing = sessions.Find(sessionId);
            if (existing is null)
                await SessionNotFoundAsync(context);
            return existing;
        }
        if (!IsInitialize(message))
        {
            await JsonRpcHttpErrors.WriteAsync(context, 400,
                $"Bad Request: no {SessionIdHeader} header; start a session with an initialize request");
            return null;
        }
        var created = sessions.Create();
        if (created is null)
        {
            await JsonRpcHttpErrors.WriteAsync(context, 503,
                $"Service Unavailable: {settings.MaxSessions} sessions are open (--max-sessions); close one or retry later");
            return null;
        }
        context.Response.Headers[SessionIdHeader] = created.Id;
        return created;
    }

    private async Task PostStatelessAsync(HttpContext context, JsonRpcMessage message)
    {
        await using var transport = new StreamableHttpServerTransport(factory.LoggerFactory) { Stateless = true };
        await using var server = factory.Create(transport);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var run = server.RunAsync(stop.Token);
        try
        {
            await WriteRepliesAsync(context, transport, message);
        }
        finally
        {
            await stop.CancelAsync();
            await run.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static async Task WriteRepliesAsync(HttpContext context, StreamableHttpServerTransport transport, JsonRpcMessage message)
    {
        var response = context.Response;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var wroteReply = await transport.HandlePostRequestAsync(message, response.Body, context.RequestAborted);
        if (!wroteReply && !response.HasStarted)
        {
            response.ContentType = null;
            response.StatusCode = StatusCodes.Status202Accepted;
        }
    }

    private async Task GetAsync(HttpContext context)
    {
        if (!Accepts(context.Request, "text/event-stream"))
        {
            await JsonRpcHttpErrors.WriteAsync(context, 406, "Not Acceptable: the GET stream is text/event-stream");
            return;
        }
        string? sessionId = context.Request.Headers[SessionIdHeader];
        if (string.IsNullOrEmpty(sessionId))
        {
            await JsonRpcHttpErrors.WriteAsync(context, 400, $"Bad Request: the GET stream needs an {SessionIdHeader} header");
            return;
        }
        var session = sessions.Find(sessionId);
        if (session is null)
        {
            await SessionNotFoundAsync(context);
            return;
        }
        using var busy = session.BeginRequest();
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await session.Transport.HandleGetRequestAsync(context.Response.Body, context.RequestAborted);
        }
        catch (InvalidOperationException e) when (!context.Response.HasStarted)
        {
            await JsonRpcHttpErrors.WriteAsync(context, 409, $"Conflict: {e.Message}");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
    }

    private async Task DeleteAsync(HttpContext context)
    {
        string? sessionId = context.Request.Headers[SessionIdHeader];
        if (string.IsNullOrEmpty(sessionId) || !await sessions.CloseAsync(sessionId, "deleted by the client"))
        {
            await SessionNotFoundAsync(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static Task SessionNotFoundAsync(HttpContext context) =>
        JsonRpcHttpErrors.WriteAsync(context, 404, "Session not found: it expired or was closed; start a new one with initialize");

    private Task MethodNotAllowedAsync(HttpContext context)
    {
        context.Response.Headers.Allow = settings.Stateless ? "POST" : "GET, POST, DELETE";
        return JsonRpcHttpErrors.WriteAsync(context, 405,
            settings.Stateless ? "Method Not Allowed: this server is stateless (--stateless); only POST is served" : "Method Not Allowed");
    }

    private static bool IsInitialize(JsonRpcMessage message) => message is JsonRpcRequest { Method: RequestMethods.Initialize };

    private static bool Accepts(HttpRequest request, string mediaType)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0 || accept.Contains("*/*", StringComparison.Ordinal) || accept.Contains(mediaType, StringComparison.OrdinalIgnoreCase);
    }
}
