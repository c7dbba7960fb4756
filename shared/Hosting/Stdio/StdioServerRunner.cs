using McpServers.Hosting.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;

namespace McpServers.Hosting.Stdio;

/// <summary>Serves the one client over stdin/stdout until stdin closes (after answering what it read) or a shutdown signal arrives.</summary>
internal static class StdioServerRunner
{
    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken shutdown)
    {
        var options = services.GetRequiredService<IOptions<McpServerOptions>>().Value;
        var loggerFactory = services.GetRequiredService<ILoggerFactory>();
        await using var transport = new AnsweringStdioTransport(
            Console.OpenStandardInput(), Console.OpenStandardOutput(), options.ServerInfo?.Name ?? "server", loggerFactory);
        await using var server = McpServer.Create(transport, options, loggerFactory, services);
        using var session = services.GetRequiredService<McpSessionRegistry>().Open(server);
        try
        {
            await server.RunAsync(shutdown);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
        }
        return 0;
    }
}
