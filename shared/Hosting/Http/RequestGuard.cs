using Microsoft.AspNetCore.Http;

namespace McpServers.Hosting.Http;

/// <summary>
/// The first check on every MCP request, before the token: Host and Origin (403, the DNS-rebinding guard the SDK does not
/// have), and CORS for allowed browser origins, answering their preflight itself.
/// </summary>
internal sealed class RequestGuard(OriginPolicy origins)
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
        return true;
    }
}
