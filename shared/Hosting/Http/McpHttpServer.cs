using System.Net;
using McpServers.Hosting.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Hosting.Http;

/// <summary>A running HTTP server for one MCP server definition (Streamable HTTP or legacy SSE) on Kestrel.</summary>
public sealed class McpHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private McpHttpServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:3000/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The MCP endpoint clients connect to: <c>/mcp</c>, or <c>/sse</c> for the legacy transport.</summary>
    public Uri Endpoint => new(BaseAddress, _app.Services.GetRequiredService<HostSettings>().Transport == TransportKind.Sse ? "sse" : "mcp");

    /// <summary>The server's services (tests use them to reach stores and the clock).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Validates the settings, binds the port and starts serving.</summary>
    /// <exception cref="UsageException">The host is not an address, or is not loopback and no token was set.</exception>
    public static async Task<McpHttpServer> StartAsync(McpServerDefinition definition, HostSettings host, ServerSettings server,
        Action<IServiceCollection>? overrideServices = null, CancellationToken cancellationToken = default)
    {
        var listen = ListenAddress.Resolve(host.Host);
        if (!listen.IsLoopback && host.AuthToken is null)
            throw new UsageException($"refusing to listen on {host.Host} without --auth-token (or MCP_AUTH_TOKEN): anyone who can reach it could use this server");

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = definition.ExecutableName });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Our own reader answers 413 past --max-body-bytes; Kestrel's higher ceiling lets it drain (and discard) the rest of
            // a moderately oversized body, so the client reads the 413 instead of a reset connection. Past it, Kestrel cuts.
            kestrel.Limits.MaxRequestBodySize = host.MaxRequestBodyBytes * 4;
            kestrel.Listen(listen.Address, host.Port);
        });
        builder.Services.AddMcpServerServices(definition, host, server);
        builder.Services.AddSingleton(new OriginPolicy(host, listen.IsLoopback));
        builder.Services.AddSingleton(sp => new RequestGuard(sp.GetRequiredService<OriginPolicy>(),
            host.AuthToken is null ? null : new BearerTokenCheck(host.AuthToken), definition.ExecutableName));
        builder.Services.AddSingleton<StreamableHttpSessionStore>();
        builder.Services.AddSingleton<StreamableHttpEndpoint>();
        builder.Services.AddSingleton<LegacySseEndpoint>();
        builder.Services.AddSingleton<HttpRequestDispatcher>();
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        var dispatcher = app.Services.GetRequiredService<HttpRequestDispatcher>();
        app.Run(dispatcher.DispatchAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "[::1]") + "/");
        return new McpHttpServer(app, baseAddress);
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
        await _app.Services.GetRequiredService<StreamableHttpSessionStore>().DisposeAsync();
        using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stopTimeout.Token);
        await _app.DisposeAsync();
    }
}
