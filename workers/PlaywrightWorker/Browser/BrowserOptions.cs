using McpServers.Hosting;

namespace McpServers.PlaywrightWorker.Browser;

/// <summary>How the worker launches and fences its browser.</summary>
internal sealed record BrowserOptions
{
    public string? ExecutablePath { get; init; }

    public bool Headed { get; init; }

    /// <summary>Chromium without its own sandbox (a container under the default seccomp profile); as root it always is.</summary>
    public bool NoSandbox { get; init; }

    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    public IReadOnlyList<string> BlockedOrigins { get; init; } = [];

    public bool AllowFileUrls { get; init; }

    public int SnapshotMaxChars { get; init; } = 40_000;

    public int ViewportWidth { get; init; } = 1280;

    public int ViewportHeight { get; init; } = 720;

    public string OutputDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "mcp-playwright");

    /// <summary>A remote browser to use instead of launching Chromium here.</summary>
    public BrowserEndpoints Endpoints { get; init; } = new(null, null, new Dictionary<string, string>());

    public static BrowserOptions From(ServerSettings settings) => new()
    {
        ExecutablePath = settings.Get(WorkerOptions.BrowserPath) ?? DefaultExecutable(),
        Headed = settings.Get(WorkerOptions.Headed),
        NoSandbox = settings.Get(WorkerOptions.NoSandbox),
        AllowedOrigins = settings.Get(WorkerOptions.AllowedOrigins),
        BlockedOrigins = settings.Get(WorkerOptions.BlockedOrigins),
        AllowFileUrls = settings.Get(WorkerOptions.AllowFileUrls),
        SnapshotMaxChars = settings.Get(WorkerOptions.SnapshotMaxChars),
        OutputDirectory = settings.Get(WorkerOptions.OutputDirectory) ?? Path.Combine(Path.GetTempPath(), "mcp-playwright"),
        Endpoints = BrowserEndpoints.From(settings),
    };

    /// <summary>Debian's chromium when it is there; otherwise null, so Playwright uses a browser its installer put in place.</summary>
    private static string? DefaultExecutable() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
}
