using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;

namespace McpServers.WorkerRpc;

/// <summary>Serves <see cref="IWorkerRpc"/> on stdio in a process a pool started; run by hand, the same program speaks MCP.</summary>
public static class WorkerRpcHost
{
    /// <summary>
    /// For <c>McpServerDefinition.ServeStdioInstead</c>: serves the worker channel when the pool asked for it (see
    /// <see cref="WorkerRpcConnection.EnvironmentVariable"/>), else null (MCP). <paramref name="reset"/> readies the worker
    /// for another session; without it the pool never reuses the worker.
    /// </summary>
    public static Func<IServiceProvider, CancellationToken, Task<int>?> WhenPooled(Func<IServiceProvider, CancellationToken, Task>? reset = null) =>
        (services, shutdown) => Environment.GetEnvironmentVariable(WorkerRpcConnection.EnvironmentVariable) == WorkerRpcConnection.Version
            ? ServeAsync(services, reset, shutdown)
            : null;

    /// <summary>Serves the pool until it closes the worker's stdin or a shutdown signal arrives.</summary>
    public static async Task<int> ServeAsync(IServiceProvider services, Func<IServiceProvider, CancellationToken, Task>? reset, CancellationToken shutdown)
    {
        var options = services.GetRequiredService<IOptions<McpServerOptions>>().Value;
        await using var transport = new ProgressRelayTransport();
        await using var server = McpServer.Create(transport, options, services.GetRequiredService<ILoggerFactory>(), services);
        using var rpc = WorkerRpcConnection.Create(Console.OpenStandardOutput(), Console.OpenStandardInput());
        AddTarget(rpc, new WorkerRpcServer(services, options, server, transport, reset));
        rpc.StartListening();
        try
        {
            await rpc.Completion.WaitAsync(shutdown);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
        }
        return 0;
    }

    [UnconditionalSuppressMessage("AOT", "IL3050",
        Justification = "The generic types it closes at run time are Task<T> of the contract's results, all reference types, whose code Native AOT shares; the AOT test worker runs every channel test.")]
    private static void AddTarget(StreamJsonRpc.JsonRpc rpc, IWorkerRpc target) => rpc.AddLocalRpcTarget(target, null);
}
