using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using Microsoft.Playwright;
using ModelContextProtocol.Protocol;

namespace McpServers.PlaywrightWorker.Tools;

/// <summary>Runs a browser action for a tool and turns failures into error results a model can act on.</summary>
internal static class BrowserCall
{
    public static Task<CallToolResult> RunAsync(Func<Task<CallToolResult>> action) => ToolResults.GuardAsync(action, e => e switch
    {
        ToolInputException => e.Message,
        TimeoutException => $"Timed out: {ElementTargets.FirstLine(e.Message)}. The element may be hidden, disabled or covered; take a new browser_snapshot.",
        PlaywrightException => ElementTargets.FirstLine(e.Message),
        _ => null,
    });

    public static async Task<CallToolResult> TextAsync(Func<Task<string>> action) =>
        await RunAsync(async () => new CallToolResult { Content = [new TextContentBlock { Text = await action() }] });
}
