using McpServers.Hosting;

namespace McpServers.PlaywrightWorker.Browser;

/// <summary>How the worker launches and fences its browser.</summary>
internal sealed record BrowserOptions
{
    public string? ExecutablePath { get; init; }

    public bool Headed { get; init; }

    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    public IReadOnlyList<string> BlockedOrigins { get; init; } = [];

    public bool AllowFileUrls { get; init; }

    public int SnapshotMaxChars { get; init; } = 40_000;

    public int ViewportWidth { get; init; } = 1280;

    public int ViewportHeight { get; init; } = 720;

    public string OutputDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "mcp-playwright");

    public static BrowserOptions From(ServerSettings settings) => new()
    {
        ExecutablePath = settings.Get(WorkerOptionNames.BrowserPath) ?? DefaultExecutable(),
        Headed = settings.IsSet(WorkerOptionNames.Headed),
        AllowedOrigins = List(settings.Get(WorkerOptionNames.AllowedOrigins)),
        BlockedOrigins = List(settings.Get(WorkerOptionNames.BlockedOrigins)),
        AllowFileUrls = settings.IsSet(WorkerOptionNames.AllowFileUrls),
        SnapshotMaxChars = settings.GetInt(WorkerOptionNames.SnapshotMaxChars, 1000) ?? 40_000,
        OutputDirectory = settings.Get(WorkerOptionNames.OutputDirectory) ?? Path.Combine(Path.GetTempPath(), "mcp-playwright"),
    };

    /// <summary>Debian's chromium when it is there; otherwise null, so Playwright uses a browser its installer put in place.</summary>
    private static string? DefaultExecutable() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    private static IReadOnlyList<string> List(string? value) =>
        value?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}

/// <summary>The worker's own command-line options (the server passes its settings through them).</summary>
internal static class WorkerOptionNames
{
    public const string BrowserPath = "browser-path";
    public const string Headed = "headed";
    public const string AllowedOrigins = "browser-allowed-origins";
    public const string BlockedOrigins = "browser-blocked-origins";
    public const string AllowFileUrls = "allow-file-urls";
    public const string SnapshotMaxChars = "snapshot-max-chars";
    public const string OutputDirectory = "output-dir";
}
