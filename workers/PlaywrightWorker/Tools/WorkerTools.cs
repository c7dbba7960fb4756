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
    public CallToolResult Info() => ToolResults.Structured(new { processId = Environment.ProcessId, browser = browser.BrowserVersion, tabs = browser.Pages.Count });

    [McpServerTool(Name = "worker_reset", Title = "Reset the browser")]
    [Description("Close every tab and clear cookies and storage, so the worker can serve another session.")]
    public async Task<CallToolResult> ResetAsync()
    {
        await browser.ResetAsync();
        return ToolResults.Structured(new { reset = true }, "Browser reset.");
    }
}
