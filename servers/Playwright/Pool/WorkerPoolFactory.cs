using McpServers.Hosting;
using McpServers.Hosting.CommandLine;
using McpServers.ProcessPool;

namespace McpServers.Playwright.Pool;

/// <summary>Builds the worker pool's options from the server's settings, finding the worker executable beside the server.</summary>
internal static class WorkerPoolFactory
{
    public static WorkerPoolOptions OptionsFrom(ServerSettings settings)
    {
        var args = new List<string>();
        foreach (var name in PlaywrightOptions.ForwardedValues)
        {
            if (settings.Get(name) is { } value)
                args.AddRange(["--" + name, value]);
        }
        foreach (var name in PlaywrightOptions.ForwardedFlags.Where(settings.IsSet))
            args.Add("--" + name);
        var options = new WorkerPoolOptions
        {
            Command = new WorkerCommand(settings.Get(PlaywrightOptions.WorkerPath) ?? LocateWorker(), args),
            MaxWorkers = settings.GetInt(PlaywrightOptions.MaxWorkers, 1) ?? 4,
            WarmWorkers = settings.GetInt(PlaywrightOptions.WarmWorkers, 0) ?? 1,
            IdleTimeout = settings.GetDuration(PlaywrightOptions.IdleTimeout) ?? TimeSpan.FromMinutes(15),
            AcquireTimeout = settings.GetDuration(PlaywrightOptions.AcquireTimeout) ?? TimeSpan.FromSeconds(30),
            MaxSessionsPerWorker = settings.GetInt(PlaywrightOptions.MaxSessionsPerWorker, 1) ?? 1,
            ResetToolName = "worker_reset",
            WarmUpToolName = "worker_info",
        };
        if (options.WarmWorkers > options.MaxWorkers)
            options = options with { WarmWorkers = options.MaxWorkers };
        return options;
    }

    /// <summary>mcp-playwright-worker next to this executable, or in the sibling project folder of the artifacts layout.</summary>
    private static string LocateWorker()
    {
        var here = AppContext.BaseDirectory;
        var beside = Path.Combine(here, "mcp-playwright-worker");
        if (File.Exists(beside) && File.Exists(beside + ".dll"))
            return beside;
        var configuration = new DirectoryInfo(here.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var sibling = Path.GetFullPath(Path.Combine(here, "..", "..", "McpServers.PlaywrightWorker", configuration, "mcp-playwright-worker"));
        if (File.Exists(sibling))
            return sibling;
        throw new UsageException($"mcp-playwright-worker not found beside {here} or at {sibling}; give its path with --worker-path");
    }
}
