using McpServers.Hosting;
using McpServers.Hosting.CommandLine;

namespace McpServers.PlaywrightWorker;

/// <summary>
/// Where the worker's browser runs when not on this machine: a Playwright server (<c>--browser-endpoint</c>, ws:// or
/// wss://) or a Chromium DevTools endpoint (<c>--cdp-endpoint</c>). Checked by mcp-playwright at start-up (this file is
/// linked into it) and again by each worker.
/// </summary>
internal sealed record BrowserEndpoints(Uri? PlaywrightServer, Uri? Cdp, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The Playwright version our client speaks; a Playwright server must run the same major.minor.</summary>
    public const string PlaywrightVersion = "1.64.1";

    public bool IsRemote => PlaywrightServer is not null || Cdp is not null;

    /// <exception cref="UsageException">Both endpoints, a wrong scheme, or a header that is not Name=Value.</exception>
    public static BrowserEndpoints From(ServerSettings settings)
    {
        var server = Address(settings.Get(WorkerOptions.BrowserEndpoint), "--browser-endpoint", "ws", "wss");
        var cdp = Address(settings.Get(WorkerOptions.CdpEndpoint), "--cdp-endpoint", "http", "https", "ws", "wss");
        if (server is not null && cdp is not null)
            throw new UsageException("give --browser-endpoint (a Playwright server) or --cdp-endpoint (Chromium's DevTools), not both");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in settings.Get(WorkerOptions.BrowserEndpointHeaders))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
                throw new UsageException($"--browser-endpoint-headers: '{pair}' is not Name=Value (e.g. Authorization=Bearer abc)");
            headers[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
        if (headers.Count > 0 && server is null && cdp is null)
            throw new UsageException("--browser-endpoint-headers needs --browser-endpoint or --cdp-endpoint");
        return new BrowserEndpoints(server, cdp, headers);
    }

    /// <summary>An endpoint fit for messages and logs: its query (services put tokens there) and user info left out.</summary>
    public static string Redacted(Uri endpoint) =>
        $"{endpoint.Scheme}://{endpoint.Authority.Split('@')[^1]}{endpoint.AbsolutePath}{(endpoint.Query.Length > 0 ? "?…" : "")}";

    private static Uri? Address(string? text, string option, params string[] schemes)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || !schemes.Contains(uri.Scheme))
            throw new UsageException($"{option}: '{text}' is not a {string.Join(", ", schemes.Select(s => s + "://"))} address");
        return uri;
    }
}
