using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using Microsoft.Playwright;
using ModelContextProtocol.Protocol;

namespace McpServers.PlaywrightWorker.Tools;

/// <summary>Runs a browser action for a tool and turns failures into error results a model can act on.</summary>
internal static class BrowserCall
{
    public static async Task<CallToolResult> RunAsync(Func<Task<CallToolResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ToolInputException e)
        {
            return ToolResults.Error(e.Message);
        }
        catch (TimeoutException e)
        {
            return ToolResults.Error($"Timed out: {ElementTargets.FirstLine(e.Message)}. The element may be hidden, disabled or covered; take a new browser_snapshot.");
        }
        catch (PlaywrightException e)
        {
            return ToolResults.Error(ElementTargets.FirstLine(e.Message));
        }
    }

    public static async Task<CallToolResult> TextAsync(Func<Task<string>> action) =>
        await RunAsync(async () => new CallToolResult { Content = [new TextContentBlock { Text = await action() }] });
}
