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
        var environment = new Dictionary<string, string>();
        foreach (var option in PlaywrightOptions.Forwarded.Where(settings.IsGiven))
        {
            // Endpoints may carry tokens (in headers, or a wss://...?token= query): they go by environment, never on a
            // worker's command line, which any local user can read.
            if (PlaywrightOptions.Secret.Contains(option) && option.EnvironmentVariable is { } variable)
            {
                environment[variable] = settings.GetText(option)!;
                continue;
            }
            args.Add("--" + option.Name);
            if (!option.IsFlag)
                args.Add(settings.GetText(option)!);
        }
        var options = new WorkerPoolOptions
        {
            Command = new WorkerCommand(settings.Get(PlaywrightOptions.WorkerPath) ?? LocateWorker(), args) { Environment = environment, RemovedEnvironment = McpHost.SharedOptionVariables },
            MaxWorkers = settings.Get(PlaywrightOptions.MaxWorkers),
            WarmWorkers = settings.Get(PlaywrightOptions.WarmWorkers),
            IdleTimeout = settings.Get(PlaywrightOptions.IdleTimeout),
            AcquireTimeout = settings.Get(PlaywrightOptions.AcquireTimeout),
            MaxSessionsPerWorker = settings.Get(PlaywrightOptions.MaxSessionsPerWorker),
            WarmUpToolName = "worker_info",
            Wording = new WorkerPoolWording
            {
                Session = "browser session",
                Lost = "its pages and cookies are gone",
                HowToClose = "close a session (browser_session_close)",
            },
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
