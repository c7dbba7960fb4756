using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Playwright.Pool;
using McpServers.ProcessPool;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Playwright.Tools;

[McpServerToolType]
internal sealed class SessionTools(WorkerPool pool)
{
    [McpServerTool(Name = "browser_session_list", Title = "List browser sessions", ReadOnly = true, UseStructuredContent = true,
        OutputSchemaType = typeof(SessionList))]
    [Description("List your browser sessions: each is an isolated browser in its own process, named by the 'session' parameter of the browser tools.")]
    public CallToolResult List(McpServer server)
    {
        var metrics = pool.Metrics();
        var mine = metrics.Sessions.Where(s => BrowserSessionKeys.BelongsTo(s.Session, server))
            .Select(s => new SessionEntry(BrowserSessionKeys.NameOf(s.Session), s.ProcessId, s.Busy, s.LastUsed))
            .ToList();
        return ToolResults.Structured(new SessionList(mine, metrics.Active + metrics.Idle, metrics.MaxWorkers));
    }

    [McpServerTool(Name = "browser_session_close", Title = "Close a browser session", Destructive = true, Idempotent = true)]
    [Description("Close one of your browser sessions: its browser and worker process end, and the next call with that name starts a fresh one.")]
    public async Task<CallToolResult> CloseAsync(McpServer server,
        [Description("Name of the session to close (default \"default\"); \"*\" closes all of yours")] string? session = null)
    {
        var all = session == "*";
        var key = BrowserSessionKeys.Of(server, session);
        var closed = await pool.CloseSessionsAsync(k => all ? BrowserSessionKeys.BelongsTo(k, server) : k == key);
        return ToolResults.Structured(new { closed }, closed == 0
            ? $"No open browser session named '{BrowserSessionKeys.NameOf(key)}'."
            : $"Closed {closed} browser session(s).");
    }

    [McpServerTool(Name = "browser_pool_status", Title = "Worker pool status", ReadOnly = true, UseStructuredContent = true,
        OutputSchemaType = typeof(PoolMetrics))]
    [Description("The browser worker pool: active, idle and spare workers, the cap, and how many were spawned, crashed and expired.")]
    public CallToolResult Status() => ToolResults.Structured(pool.Metrics());
}

/// <summary>One of the caller's browser sessions.</summary>
public sealed record SessionEntry(string Session, int ProcessId, bool Busy, DateTimeOffset LastUsed);

/// <summary>The caller's sessions and how full the pool is.</summary>
public sealed record SessionList(IReadOnlyList<SessionEntry> Sessions, int PoolSessions, int MaxWorkers);
