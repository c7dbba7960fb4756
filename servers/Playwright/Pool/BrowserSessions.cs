using System.Collections.Concurrent;
using System.Security.Cryptography;
using McpServers.Hosting;
using McpServers.Hosting.Sessions;
using McpServers.ProcessPool;
using ModelContextProtocol.Server;

namespace McpServers.Playwright.Pool;

/// <summary>
/// Which pool session (one browser in its own worker) a call goes to. A client with an MCP session (stdio, Streamable HTTP,
/// legacy SSE) names its browsers freely (default "default"), each keyed under its own session, and they close with it.
/// A client without one (2026-07-28 revision) cannot be told from any other, so it gets no default: it opens a browser
/// with <c>browser_session_open</c> and passes the unguessable handle it returns. Any client may use handles.
/// </summary>
internal sealed class BrowserSessions
{
    public const string DefaultName = "default";
    private const string HandlePrefix = "bs_";
    private const string HandleOwner = "@";

    private readonly WorkerPool _pool;
    private readonly McpSessionRegistry _registry;
    private readonly ConcurrentDictionary<string, string?> _handleOwners = new(StringComparer.Ordinal);

    public BrowserSessions(WorkerPool pool, McpSessionRegistry registry)
    {
        _pool = pool;
        _registry = registry;
        // When a client goes away (stdin closed, DELETE, idle expiry), its browsers go with it, handles it opened included.
        registry.SessionClosed += key => _ = CloseOwnedAsync(key);
    }

    /// <summary>The pool key for a call naming <paramref name="name"/> (a name, a handle, or nothing).</summary>
    /// <exception cref="ToolInputException">An unknown handle, or a sessionless client without a handle.</exception>
    public string KeyFor(McpServer server, string? name)
    {
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (name is not null && IsHandle(name))
            return _handleOwners.ContainsKey(name) ? HandleKey(name)
                : throw new ToolInputException($"No browser session has the handle '{name}': it was closed, or never opened here. Open one with browser_session_open.");
        var owner = _registry.Identify(server).Key ?? throw new ToolInputException(
            "This client has no MCP session (it speaks MCP 2026-07-28, which has none, or the server runs without sessions), so it has no "
            + "browser of its own by default. Call browser_session_open and pass the handle it returns as 'session' to every browser tool.");
        return $"{owner}/{name ?? DefaultName}";
    }

    /// <summary>Opens a new browser session and returns its handle.</summary>
    public async Task<string> OpenAsync(McpServer server, CancellationToken cancellationToken)
    {
        var handle = HandlePrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _handleOwners[handle] = _registry.Identify(server).Key;
        try
        {
            // Starting the browser now (the worker's warm-up call) means the handle is ready when it is returned.
            await _pool.CallToolAsync(HandleKey(handle), "worker_info", null, null, cancellationToken);
        }
        catch
        {
            _handleOwners.TryRemove(handle, out _);
            throw;
        }
        return handle;
    }

    /// <summary>True when the pool session <paramref name="key"/> belongs to <paramref name="server"/>'s client.</summary>
    public bool BelongsTo(string key, McpServer server) =>
        _registry.Identify(server).Key is { } owner && (key.StartsWith(owner + "/", StringComparison.Ordinal)
            || (NameOf(key) is var handle && IsHandle(handle) && _handleOwners.TryGetValue(handle, out var handleOwner) && handleOwner == owner));

    /// <summary>The name or handle a pool key stands for.</summary>
    public static string NameOf(string key) => key[(key.IndexOf('/') + 1)..];

    /// <summary>Closes pool sessions chosen by <paramref name="which"/>, forgetting the handles among them.</summary>
    public async Task<int> CloseAsync(Func<string, bool> which)
    {
        var closed = await _pool.CloseSessionsAsync(which);
        foreach (var handle in _handleOwners.Keys.Where(h => which(HandleKey(h))))
            _handleOwners.TryRemove(handle, out _);
        return closed;
    }

    private Task<int> CloseOwnedAsync(string owner) =>
        CloseAsync(key => key.StartsWith(owner + "/", StringComparison.Ordinal)
            || (IsHandle(NameOf(key)) && _handleOwners.TryGetValue(NameOf(key), out var handleOwner) && handleOwner == owner));

    private static bool IsHandle(string name) => name.StartsWith(HandlePrefix, StringComparison.Ordinal);

    private static string HandleKey(string handle) => $"{HandleOwner}/{handle}";
}
