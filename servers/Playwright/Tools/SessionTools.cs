using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Playwright.Pool;
using McpServers.ProcessPool;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Playwright.Tools;

[McpServerToolType]
internal sealed class SessionTools(WorkerPool pool, BrowserSessions sessions)
{
    [McpServerTool(Name = "browser_session_open", Title = "Open a browser session", UseStructuredContent = true, OutputSchemaType = typeof(OpenedSession))]
    [Description("Open a new isolated browser (its own process, cookies and pages) and return its handle. Pass the handle as 'session' to the "
        + "browser tools. Clients without an MCP session (protocol 2026-07-28) must do this first: they have no default browser.")]
    public async Task<CallToolResult> OpenAsync(McpServer server, CancellationToken cancellationToken)
    {
        var handle = await sessions.OpenAsync(server, cancellationToken);
        return ToolResults.Structured(new OpenedSession(handle), PlaywrightJson.Default.OpenedSession,
            $"Opened browser session {handle}. Pass \"session\": \"{handle}\" to the browser tools; close it with browser_session_close.");
    }

    [McpServerTool(Name = "browser_session_list", Title = "List browser sessions", ReadOnly = true, UseStructuredContent = true,
        OutputSchemaType = typeof(SessionList))]
    [Description("List your browser sessions: each is an isolated browser in its own process, named by the 'session' parameter of the browser tools.")]
    public CallToolResult List(McpServer server)
    {
        var metrics = pool.Metrics();
        var mine = metrics.Sessions.Where(s => sessions.BelongsTo(s.Session, server))
            .Select(s => new SessionEntry(BrowserSessions.NameOf(s.Session), s.ProcessId, s.Busy, s.LastUsed))
            .ToList();
        return ToolResults.Structured(new SessionList(mine, metrics.Active + metrics.Idle, metrics.MaxWorkers), PlaywrightJson.Default.SessionList);
    }

    [McpServerTool(Name = "browser_session_close", Title = "Close a browser session", Destructive = true, Idempotent = true, UseStructuredContent = true,
        OutputSchemaType = typeof(ClosedSessions))]
    [Description("Close one of your browser sessions: its browser and worker process end, and the next call with that name starts a fresh one "
        + "(a closed handle stays closed).")]
    public async Task<CallToolResult> CloseAsync(McpServer server,
        [Description("Name or handle of the session to close (default \"default\"); \"*\" closes all of yours")] string? session = null)
    {
        int closed;
        if (session == "*")
        {
            closed = await sessions.CloseAsync(key => sessions.BelongsTo(key, server));
        }
        else
        {
            var target = sessions.KeyFor(server, session);
            closed = await sessions.CloseAsync(key => key == target);
        }
        var name = string.IsNullOrWhiteSpace(session) ? BrowserSessions.DefaultName : session;
        return ToolResults.Structured(new ClosedSessions(closed), PlaywrightJson.Default.ClosedSessions, closed == 0 ? $"No open browser session '{name}'." : $"Closed {closed} browser session(s).");
    }

    [McpServerTool(Name = "browser_pool_status", Title = "Worker pool status", ReadOnly = true, UseStructuredContent = true,
        OutputSchemaType = typeof(PoolMetrics))]
    [Description("The browser worker pool: active, idle and spare workers, the cap, and how many were spawned, crashed and expired.")]
    public CallToolResult Status() => ToolResults.Structured(pool.Metrics(), PlaywrightJson.Default.PoolMetrics);
}

/// <summary>How many browser sessions browser_session_close closed.</summary>
public sealed record ClosedSessions(int Closed);

/// <summary>A browser session opened by handle.</summary>
public sealed record OpenedSession(string Session);

/// <summary>One of the caller's browser sessions.</summary>
public sealed record SessionEntry(string Session, int ProcessId, bool Busy, DateTimeOffset LastUsed);

/// <summary>The caller's sessions and how full the pool is.</summary>
public sealed record SessionList(IReadOnlyList<SessionEntry> Sessions, int PoolSessions, int MaxWorkers);
