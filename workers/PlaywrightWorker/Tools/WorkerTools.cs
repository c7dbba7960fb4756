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
}

/// <summary>Which process and browser a worker is.</summary>
internal sealed record WorkerInfo(int ProcessId, string? Browser, int Tabs);
