using System.Text.Json.Nodes;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Logging;
using McpServers.Hosting.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.AspNetCore;

namespace McpServers.Hosting.Http;

/// <summary>
/// A running HTTP server for one MCP server definition on Kestrel: the SDK's Streamable HTTP (<c>/mcp</c>) or legacy SSE
/// (<c>/sse</c> + <c>/message</c>) endpoints, behind what the SDK does not do: <c>/healthz</c>, the Host/Origin guard, the
/// bearer token, unknown sessions (404), the session cap (503) and the body limit with JSON-RPC errors (413/400).
/// </summary>
public sealed class McpHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private McpHttpServer(WebApplication app, Uri baseAddress, TransportKind transport)
    {
        _app = app;
        BaseAddress = baseAddress;
        Endpoint = new Uri(baseAddress, transport == TransportKind.Sse ? "sse" : "mcp");
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:3000/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The MCP endpoint clients connect to: <c>/mcp</c>, or <c>/sse</c> for the legacy transport.</summary>
    public Uri Endpoint { get; }

    /// <summary>The server's services (tests use them to reach stores and the clock).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Validates the settings, binds the port and starts serving.</summary>
    /// <exception cref="UsageException">The settings cannot be served (address, token, stateless with sse or with per-client state).</exception>
    public static async Task<McpHttpServer> StartAsync(McpServerDefinition definition, HostSettings host, ServerSettings server,
        Action<IServiceCollection>? overrideServices = null, CancellationToken cancellationToken = default)
    {
        var listen = ListenAddress.Resolve(host.Host);
        Refuse(definition, host, listen);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = definition.ExecutableName });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The body check answers 413 past --max-body-bytes; Kestrel's higher ceiling lets it drain (and discard) the rest
            // of a moderately oversized body, so the client reads the 413 instead of a reset connection. Past it, Kestrel cuts.
            kestrel.Limits.MaxRequestBodySize = host.MaxRequestBodyBytes * 4;
            kestrel.Listen(listen.Address, host.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddMcpServerServices(definition, host, server).AddSdkHttpTransport(host);
        if (host.AuthToken is { } token)
        {
            builder.Services.AddAuthenticationCore().AddAuthentication(BearerTokenOptions.Scheme)
                .AddScheme<BearerTokenOptions, BearerTokenHandler>(BearerTokenOptions.Scheme, options =>
                {
                    options.SetToken(token);
                    options.Realm = definition.ExecutableName;
                });
        }
        builder.Services.AddSingleton(new RequestGuard(new OriginPolicy(host, listen.IsLoopback)));
        builder.Services.AddSingleton<SessionAdmission>();
        builder.Services.AddSingleton(new JsonRpcBodyCheck(host.MaxRequestBodyBytes));
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseRouting();
        app.Use(next => context => GuardAsync(context, next, host, definition));
        app.MapGet("/healthz", (HttpContext context) => HealthAsync(context, definition));
#pragma warning disable MCP9004 // Legacy SSE is what --transport sse asks for, behind the same guard and token as Streamable HTTP.
        app.MapMcp(host.Transport == TransportKind.Sse ? "" : "/mcp");
#pragma warning restore MCP9004
        if (host.Stateless)
        {
            app.MapMethods("/mcp", [HttpMethods.Get, HttpMethods.Delete], (HttpContext context) =>
            {
                context.Response.Headers.Allow = HttpMethods.Post;
                return JsonRpcHttpErrors.WriteAsync(context, 405, "Method Not Allowed: this server is stateless (--stateless); only POST is served");
            });
        }
        definition.MapHttp?.Invoke(app);
        app.MapFallback((HttpContext context) => JsonRpcHttpErrors.WriteAsync(context, 404,
            $"Not Found: this server serves MCP on {(host.Transport == TransportKind.Sse ? "GET /sse and POST /message" : "/mcp")}"));
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "[::1]") + "/");
        return new McpHttpServer(app, baseAddress, host.Transport);
    }

    private static void Refuse(McpServerDefinition definition, HostSettings host, ListenAddress listen)
    {
        // A programming error, not a user's: a public path must name static files of the server's own, never everything or MCP.
        foreach (var path in definition.PublicHttpPaths)
        {
            if (path.Length < 2 || path[0] != '/' || new PathString(path).StartsWithSegments("/mcp", StringComparison.OrdinalIgnoreCase)
                || IsMcpPath(new PathString(path), host) || new[] { "/mcp", "/sse", "/message" }.Any(p => new PathString(p).StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
                throw new InvalidOperationException($"{definition.ExecutableName}: public path '{path}' would let requests past the token that need it");
        }
        if (!listen.IsLoopback && host.AuthToken is null)
            throw new UsageException($"refusing to listen on {host.Host} without --auth-token (or MCP_AUTH_TOKEN): anyone who can reach it could use this server");
        if (host.Stateless && host.Transport == TransportKind.Sse)
            throw new UsageException("--stateless cannot be used with --transport sse: the legacy SSE transport keeps a session per stream");
        if (host.Stateless && definition.KeepsClientState)
            throw new UsageException($"--stateless is refused: {definition.ExecutableName} keeps state for each client (see its README), and without "
                + "sessions no request can be told from another client's, so one client could see another's. Serve with sessions (the default).");
    }

    /// <summary>
    /// Every request but <c>/healthz</c>: Host/Origin, then token (not for the server's public paths), then session and
    /// body checks, then the SDK.
    /// </summary>
    private static async Task GuardAsync(HttpContext context, RequestDelegate next, HostSettings host, McpServerDefinition definition)
    {
        if (context.Request.Path.Equals("/healthz", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        var services = context.RequestServices;
        if (!await services.GetRequiredService<RequestGuard>().AdmitAsync(context))
            return;
        if (host.AuthToken is not null && !IsPublicPath(context.Request.Path, definition))
        {
            var result = await context.AuthenticateAsync(BearerTokenOptions.Scheme);
            if (!result.Succeeded)
            {
                await context.ChallengeAsync(BearerTokenOptions.Scheme);
                return;
            }
            context.User = result.Principal;
        }
        // The session cap and the JSON-RPC body check are MCP's; a server's own endpoints (MapHttp) get the checks above only.
        if (IsMcpPath(context.Request.Path, host)
            && (!await services.GetRequiredService<SessionAdmission>().AdmitAsync(context)
                || !await services.GetRequiredService<JsonRpcBodyCheck>().AdmitAsync(context)))
            return;
        await next(context);
    }

    private static bool IsPublicPath(PathString path, McpServerDefinition definition) =>
        definition.PublicHttpPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static bool IsMcpPath(PathString path, HostSettings host) => host.Transport == TransportKind.Sse
        ? path.StartsWithSegments("/sse", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/message", StringComparison.OrdinalIgnoreCase)
        : path.StartsWithSegments("/mcp", StringComparison.OrdinalIgnoreCase); // as routing matches

    private static Task HealthAsync(HttpContext context, McpServerDefinition definition)
    {
        context.Response.ContentType = "application/json";
        var body = new JsonObject { ["status"] = "ok", ["name"] = definition.ExecutableName, ["version"] = McpServices.VersionOf(definition) };
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    /// <summary>Waits until <paramref name="shutdown"/> is cancelled.</summary>
    public async Task WaitForShutdownAsync(CancellationToken shutdown)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, shutdown);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Closes every session and stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stopTimeout.Token);
        await _app.DisposeAsync();
    }
}
