using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Sessions;
using Microsoft.AspNetCore.Http;

namespace McpServers.Hosting.Http;

/// <summary>
/// What the SDK leaves to us about sessions: a request naming a session that is not open gets 404 whatever its method
/// (the SDK answers DELETE with 200 and a legacy <c>/message</c> with 400), and a request that would open a session past
/// <c>--max-sessions</c> gets 503.
/// </summary>
internal sealed class SessionAdmission(McpSessionRegistry sessions, HostSettings settings)
{
    public const string SessionIdHeader = "Mcp-Session-Id";

    public async Task<bool> AdmitAsync(HttpContext context)
    {
        if (settings.Stateless)
            return true;
        var request = context.Request;
        string? named = settings.Transport == TransportKind.Sse ? request.Query["sessionId"] : request.Headers[SessionIdHeader];
        var opensSession = settings.Transport == TransportKind.Sse
            ? HttpMethods.IsGet(request.Method) && request.Path.Value?.TrimEnd('/') == "/sse"
            : HttpMethods.IsPost(request.Method) && string.IsNullOrEmpty(named) && !IsSessionlessRevision(request);
        if (!string.IsNullOrEmpty(named) && !sessions.IsOpen(named)
            && !(settings.Transport == TransportKind.Sse && await sessions.WaitOpenAsync(named, TimeSpan.FromSeconds(1))))
        {
            await JsonRpcHttpErrors.WriteAsync(context, 404, McpErrorCodes.SessionNotFound,
                "Session not found: it expired or was closed; start a new one" + (settings.Transport == TransportKind.Sse ? " with GET /sse" : " with initialize"));
            return false;
        }
        if (opensSession && sessions.Count >= settings.MaxSessions)
        {
            await JsonRpcHttpErrors.WriteAsync(context, 503,
                $"Service Unavailable: {settings.MaxSessions} sessions are open (--max-sessions); close one or retry later");
            return false;
        }
        return true;
    }

    /// <summary>Requests of the 2026-07-28 revision and later never open a session.</summary>
    private static bool IsSessionlessRevision(HttpRequest request) =>
        request.Headers["MCP-Protocol-Version"].ToString() is { Length: > 0 } version && string.CompareOrdinal(version, "2026-07-28") >= 0;

    private static class McpErrorCodes
    {
        public const int SessionNotFound = -32001;
    }
}
