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
            MaxWorkers = Int(settings, PlaywrightOptions.MaxWorkers, 1) ?? 4,
            WarmWorkers = Int(settings, PlaywrightOptions.WarmWorkers, 0) ?? 1,
            IdleTimeout = Duration(settings, PlaywrightOptions.IdleTimeout) ?? TimeSpan.FromMinutes(15),
            AcquireTimeout = Duration(settings, PlaywrightOptions.AcquireTimeout) ?? TimeSpan.FromSeconds(30),
            MaxSessionsPerWorker = Int(settings, PlaywrightOptions.MaxSessionsPerWorker, 1) ?? 1,
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

    private static int? Int(ServerSettings settings, string name, int minimum) =>
        settings.Get(name) is not { } text ? null
        : int.TryParse(text, out var value) && value >= minimum ? value
        : throw new UsageException($"--{name} '{text}' is not a whole number of at least {minimum}");

    private static TimeSpan? Duration(ServerSettings settings, string name) =>
        settings.Get(name) is not { } text ? null
        : DurationParser.TryParse(text, out var value) && value > TimeSpan.Zero ? value
        : throw new UsageException($"--{name} '{text}' is not a positive duration (examples: 30s, 15m)");
}
