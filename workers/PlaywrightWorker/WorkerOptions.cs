using McpServers.Hosting;

namespace McpServers.PlaywrightWorker;

/// <summary>
/// The worker's own command-line options; mcp-playwright compiles this same file (linked), declares
/// these options as its own and passes what it was given on to every worker.
/// </summary>
internal static class WorkerOptions
{
    public static readonly ServerOption<string?> BrowserPath = ServerOption.Text("browser-path", "Chromium executable", "PLAYWRIGHT_BROWSER_PATH",
        defaultText: "/usr/bin/chromium, else Playwright's own browser");

    public static readonly ServerOption<bool> Headed = ServerOption.Flag("headed", "Show browser windows (needs a display)");

    public static readonly ServerOption<bool> NoSandbox = ServerOption.Flag("browser-no-sandbox",
        "Run Chromium without its own sandbox: for a container under Docker's default seccomp profile, where Chromium cannot make "
        + "the user namespaces its sandbox needs; the container (non-root, no capabilities, seccomp) is then the boundary. "
        + "As root it is always so", "PLAYWRIGHT_NO_SANDBOX");

    public static readonly ServerOption<IReadOnlyList<string>> AllowedOrigins = ServerOption.List("browser-allowed-origins",
        "Only these origins or hosts may be loaded, by navigation or by any request (comma-separated)", "PLAYWRIGHT_ALLOWED_ORIGINS");

    public static readonly ServerOption<IReadOnlyList<string>> BlockedOrigins = ServerOption.List("browser-blocked-origins",
        "These origins or hosts are never loaded (comma-separated)", "PLAYWRIGHT_BLOCKED_ORIGINS");

    public static readonly ServerOption<bool> AllowFileUrls = ServerOption.Flag("allow-file-urls", "Allow file: URLs (refused by default)");

    public static readonly ServerOption<int> SnapshotMaxChars = ServerOption.Int("snapshot-max-chars", "Longest snapshot returned before it is cut (it says so, and how to narrow it)",
        "PLAYWRIGHT_SNAPSHOT_MAX_CHARS", 40_000, 1000);

    public static readonly ServerOption<string?> OutputDirectory = ServerOption.Text("output-dir",
        "Folder for screenshots and PDFs saved by file name", "PLAYWRIGHT_OUTPUT_DIR", defaultText: "$TMPDIR/mcp-playwright");

    public static readonly ServerOption<string?> BrowserEndpoint = ServerOption.Text("browser-endpoint",
        "Run browsers on this Playwright server instead of here (ws:// or wss://: `npx playwright@" + BrowserEndpoints.PlaywrightVersion
        + " run-server`, launchServer, the Playwright Docker image or a grid); each worker connects its own browser",
        "PLAYWRIGHT_BROWSER_ENDPOINT");

    public static readonly ServerOption<IReadOnlyList<string>> BrowserEndpointHeaders = ServerOption.List("browser-endpoint-headers",
        "Headers sent when connecting to --browser-endpoint or --cdp-endpoint, Name=Value, comma-separated (e.g. Authorization=Bearer abc)",
        "PLAYWRIGHT_BROWSER_ENDPOINT_HEADERS");

    public static readonly ServerOption<string?> CdpEndpoint = ServerOption.Text("cdp-endpoint",
        "Use the Chromium at this DevTools endpoint instead of starting one (http://host:9222 or ws://...); each worker gets its own context",
        "PLAYWRIGHT_CDP_ENDPOINT");

    public static IReadOnlyList<ServerOption> All { get; } =
        [BrowserPath, Headed, NoSandbox, AllowedOrigins, BlockedOrigins, AllowFileUrls, SnapshotMaxChars, OutputDirectory, BrowserEndpoint, BrowserEndpointHeaders, CdpEndpoint];
}
