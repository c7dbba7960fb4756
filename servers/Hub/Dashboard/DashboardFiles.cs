using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace McpServers.Hub.Dashboard;

/// <summary>
/// The dashboard's files (HTML, CSS, JS), built into the binary and served at <c>/dashboard/</c> without the token: they
/// hold no data, and the page sends the token in a header on every API call. A strict Content-Security-Policy keeps
/// the page to its own scripts and this server.
/// </summary>
internal static class DashboardFiles
{
    public const string Path = "/dashboard";

    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path + "/{file?}", (HttpContext context) =>
        {
            if (context.Request.RouteValues["file"] is string file)
                return ServeAsync(context, file);
            // "/dashboard" must become "/dashboard/": the page's relative links resolve against it.
            if (!context.Request.Path.Value!.EndsWith('/'))
            {
                context.Response.Redirect(Path + "/");
                return Task.CompletedTask;
            }
            return ServeAsync(context, "index.html");
        });
    }

    private static async Task ServeAsync(HttpContext context, string file)
    {
        var type = Types.GetValueOrDefault(System.IO.Path.GetExtension(file));
        await using var stream = type is null ? null : Assembly.GetExecutingAssembly().GetManifestResourceStream("dashboard/" + file);
        if (stream is null)
        {
            context.Response.StatusCode = 404;
            return;
        }
        var headers = context.Response.Headers;
        headers.ContentType = type;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = Policy;
        headers["Referrer-Policy"] = "no-referrer";
        context.Response.ContentLength = stream.Length;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
