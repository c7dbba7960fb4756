using McpServers.Hosting.Sessions;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;

namespace McpServers.Hosting.Stdio;

/// <summary>Serves one session over stdin/stdout until stdin closes or a shutdown signal arrives.</summary>
internal static class StdioServerRunner
{
    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken shutdown)
    {
        var factory = services.GetRequiredService<McpSessionFactory>();
        await using var transport = new StdioServerTransport(factory.Options, factory.LoggerFactory);
        await using var server = factory.Create(transport);
        using var registration = services.GetRequiredService<McpSessionRegistry>().Add(server);
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
