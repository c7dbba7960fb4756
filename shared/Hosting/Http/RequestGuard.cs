using Microsoft.AspNetCore.Http;

namespace McpServers.Hosting.Http;

/// <summary>
/// The checks every MCP HTTP request passes before it reaches a transport: Host and Origin (403),
/// CORS preflight for allowed browser origins, then the bearer token (401).
/// </summary>
internal sealed class RequestGuard(OriginPolicy origins, BearerTokenCheck? token, string realm)
{
    private const string AllowedRequestHeaders = "Content-Type, Authorization, Mcp-Session-Id, MCP-Protocol-Version, Last-Event-ID, Accept";

    /// <summary>True when the request may go on; otherwise the response has been written.</summary>
    public async Task<bool> AdmitAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!origins.IsHostAllowed(request.Headers.Host))
        {
            await JsonRpcHttpErrors.WriteAsync(context, 403, $"Forbidden: Host '{request.Headers.Host}' is not allowed (see --allowed-hosts)");
            return false;
        }
        string? origin = request.Headers.Origin;
        if (!origins.IsOriginAllowed(origin))
        {
            await JsonRpcHttpErrors.WriteAsync(context, 403, $"Forbidden: Origin '{origin}' is not allowed (see --allowed-origins)");
            return false;
        }
        if (!string.IsNullOrEmpty(origin))
        {
            response.Headers.AccessControlAllowOrigin = origin;
            response.Headers.Vary = "Origin";
            response.Headers.AccessControlExposeHeaders = "Mcp-Session-Id, WWW-Authenticate";
        }
        if (HttpMethods.IsOptions(request.Method))
        {
            response.Headers.AccessControlAllowMethods = "GET, POST, DELETE, OPTIONS";
            response.Headers.AccessControlAllowHeaders = AllowedRequestHeaders;
            response.StatusCode = StatusCodes.Status204NoContent;
            return false;
        }
        if (token is not null && !token.IsAuthorized(request.Headers.Authorization))
        {
            var error = string.IsNullOrEmpty(request.Headers.Authorization) ? "" : ", error=\"invalid_token\"";
            response.Headers.WWWAuthenticate = $"Bearer realm=\"{realm}\"{error}";
            await JsonRpcHttpErrors.WriteAsync(context, 401, "Unauthorized: send 'Authorization: Bearer <token>' with the server's --auth-token");
            return false;
        }
        return true;
    }
}
