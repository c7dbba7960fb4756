using McpServers.PlaywrightWorker.Browser;
using Microsoft.Playwright;
using ModelContextProtocol.Protocol;

namespace McpServers.PlaywrightWorker.Tools;

/// <summary>What the browser tools share: a text answer, and browser failures described so a model can act on them.</summary>
internal static class BrowserCall
{
    public static async Task<CallToolResult> TextAsync(Func<Task<string>> action) =>
        new() { Content = [new TextContentBlock { Text = await action() }] };

    /// <summary>The worker's known failures as messages (see McpServerDefinition.DescribeToolError).</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        TimeoutException => $"Timed out: {ElementTargets.FirstLine(exception.Message)}. The element may be hidden, disabled or covered; take a new browser_snapshot.",
        PlaywrightException => ElementTargets.FirstLine(exception.Message),
        _ => null,
    };
}
