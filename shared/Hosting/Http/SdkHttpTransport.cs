using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Logging;
using McpServers.Hosting.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.AspNetCore;

namespace McpServers.Hosting.Http;

/// <summary>How Hosting sets up the SDK's HTTP transport from the shared options.</summary>
internal static class SdkHttpTransport
{
    public static IMcpServerBuilder AddSdkHttpTransport(this IMcpServerBuilder builder, HostSettings host)
    {
#pragma warning disable MCP9004, MCP9006, MCPEXP002 // Sessions, legacy SSE and resumable streams are what 2025 clients need.
        builder.WithHttpTransport(options =>
        {
            // 2025 clients (initialize + Mcp-Session-Id) get sessions; 2026-07-28 clients, which have none, are served one
            // request at a time. --stateless serves everyone that way.
            options.SessionMode = host.Stateless ? HttpServerSessionMode.Stateless : HttpServerSessionMode.StatefulForInitializeClients;
            options.EnableLegacySse = host.Transport == TransportKind.Sse;
            options.IdleTimeout = host.SessionIdleTimeout;
            options.MaxIdleSessionCount = host.MaxSessions;
            options.RunSessionHandler = RunSessionAsync;
        });
        builder.Services.AddOptions<HttpServerTransportOptions>().Configure<TimeProvider>((options, time) => options.TimeProvider = time);
        if (!host.Stateless)
        {
            // Every message a session sends is kept for a while, so a client whose connection dropped during a long call
            // reconnects with Last-Event-ID and still gets the result.
            builder.Services.AddDistributedMemoryCache();
            builder.WithDistributedCacheEventStreamStore();
        }
#pragma warning restore MCP9004, MCP9006, MCPEXP002
        return builder;
    }

    /// <summary>Runs one session (or one sessionless request), so the registry knows it is open and says when it closed.</summary>
    private static async Task RunSessionAsync(Microsoft.AspNetCore.Http.HttpContext context, ModelContextProtocol.Server.McpServer server,
        CancellationToken cancellationToken)
    {
        var registry = context.RequestServices.GetRequiredService<McpSessionRegistry>();
        var logger = context.RequestServices.GetRequiredService<ILogger<McpSessionRegistry>>();
        var key = registry.Identify(server).Key;
        using (registry.Open(server))
        {
            if (key is not null)
                HostingLog.SessionOpened(logger, key, registry.Count);
            try
            {
                await server.RunAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
        }
        if (key is not null)
            HostingLog.SessionClosed(logger, key, registry.Count);
    }
}
