using System.ComponentModel;
using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.PlaywrightWorker.Tools;

/// <summary>Tools the pool uses on its worker; the server does not show them to clients.</summary>
[McpServerToolType]
internal sealed class WorkerTools(BrowserSession browser)
{
    public const string Prefix = "worker_";

    [McpServerTool(Name = "worker_info", Title = "Worker information", ReadOnly = true)]
    [Description("The worker's process id and browser version.")]
    public CallToolResult Info() =>
        ToolResults.Structured(new WorkerInfo(Environment.ProcessId, browser.BrowserVersion, browser.Pages.Count), WorkerJson.Default.WorkerInfo);

    [McpServerTool(Name = "worker_reset", Title = "Reset the browser")]
    [Description("Close every tab and clear cookies and storage, so the worker can serve another session.")]
    public async Task<CallToolResult> ResetAsync()
    {
        await browser.ResetAsync();
        return ToolResults.Structured(new WorkerReset(true), WorkerJson.Default.WorkerReset, "Browser reset.");
    }
}

/// <summary>Which process and browser a worker is.</summary>
internal sealed record WorkerInfo(int ProcessId, string? Browser, int Tabs);

/// <summary>The answer of worker_reset.</summary>
internal sealed record WorkerReset(bool Reset);
