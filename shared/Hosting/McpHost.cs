using System.CommandLine;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Http;
using McpServers.Hosting.Stdio;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Hosting;

/// <summary>The one way a server starts: parses the shared command line and serves over the chosen transport.</summary>
public static class McpHost
{
    /// <summary>
    /// The environment variables of the options every server shares (transport, host, port, token, origins, ...). A process
    /// that starts one of these servers as its stdio child removes them from the child's environment, or the child would
    /// take its parent's transport and token (in a container they are set for the parent).
    /// </summary>
    public static IReadOnlyList<string> SharedOptionVariables { get; } =
        [.. new CommonOptions(0).All.Select(o => o.EnvironmentVariable).OfType<string>()];

    /// <summary>Runs the server described by <paramref name="definition"/>; returns the process exit code (0 ok, 2 usage).</summary>
    public static async Task<int> RunAsync(string[] args, McpServerDefinition definition)
    {
        var commandLine = new HostCommandLine(definition);
        commandLine.Root.SetAction((result, _) => ServeAsync(commandLine, result, definition, args));
        var parsed = commandLine.Root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"{definition.ExecutableName}: {parsed.Errors[0].Message} (run '{definition.ExecutableName} --help' for usage)");
            return 2;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

    private static async Task<int> ServeAsync(HostCommandLine commandLine, ParseResult result, McpServerDefinition definition, string[] args)
    {
        try
        {
            var settings = commandLine.Read(result);
            var host = commandLine.Common.Read(settings);
            if (settings.Get(commandLine.Common.PrintConfig))
            {
                await Console.Out.WriteLineAsync(ClaudeDesktopConfig.Render(definition, commandLine.Common.All.Concat(definition.Options), args));
                return 0;
            }
            using var signals = new ShutdownSignals();
            return host.Transport == TransportKind.Stdio
                ? await ServeStdioAsync(definition, host, settings, signals.Token)
                : await ServeHttpAsync(definition, host, settings, signals.Token);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"{definition.ExecutableName}: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> ServeStdioAsync(McpServerDefinition definition, HostSettings host, ServerSettings server, CancellationToken shutdown)
    {
        var services = new ServiceCollection();
        services.AddMcpServerServices(definition, host, server);
        await using var provider = services.BuildServiceProvider();
        if (definition.BeforeServe is { } before && await before(server, provider, shutdown) is { } exitCode)
            return exitCode;
        HeapTrim.Schedule(provider.GetRequiredService<TimeProvider>(), shutdown);
        if (definition.ServeStdioInstead?.Invoke(provider, shutdown) is { } instead)
            return await instead;
        return await StdioServerRunner.RunAsync(provider, shutdown);
    }

    private static async Task<int> ServeHttpAsync(McpServerDefinition definition, HostSettings host, ServerSettings server, CancellationToken shutdown)
    {
        await using var http = await McpHttpServer.StartAsync(definition, host, server, cancellationToken: shutdown);
        if (definition.BeforeServe is { } before && await before(server, http.Services, shutdown) is { } exitCode)
            return exitCode;
        HeapTrim.Schedule(http.Services.GetRequiredService<TimeProvider>(), shutdown);
        await Console.Error.WriteLineAsync($"{definition.ExecutableName} {McpServices.VersionOf(definition)} listening on {http.Endpoint}");
        await http.WaitForShutdownAsync(shutdown);
        return 0;
    }
}
