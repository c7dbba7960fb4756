using ModelContextProtocol.Server;

namespace McpServers.Playwright.Pool;

/// <summary>
/// A pool session per (MCP session, browser session name): each stdio client or HTTP session gets its own workers, and
/// within it each <c>session</c> name (default "default") is one more isolated browser.
/// </summary>
internal static class BrowserSessionKeys
{
    public const string DefaultName = "default";

    public static string Of(McpServer server, string? name) => $"{Owner(server)}/{(string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim())}";

    public static string Owner(McpServer server) => server.SessionId ?? "stdio";

    public static string NameOf(string key) => key[(key.IndexOf('/') + 1)..];

    public static bool BelongsTo(string key, McpServer server) => key.StartsWith(Owner(server) + "/", StringComparison.Ordinal);
}
