using System.ComponentModel;
using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using Microsoft.Playwright;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.PlaywrightWorker.Tools;

[McpServerToolType]
internal sealed class NavigationTools(BrowserSession browser)
{
    [McpServerTool(Name = "browser_navigate", Title = "Navigate to a URL", OpenWorld = true)]
    [Description("Navigate to a URL")]
    public Task<CallToolResult> NavigateAsync([Description("The URL to navigate to")] string url) => BrowserCall.TextAsync(async () =>
    {
        if (browser.Origins.Check(url) is { } refusal)
            throw new ToolInputException($"Not navigating: {refusal}.");
        var page = await browser.CurrentPageAsync();
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        var status = response is null ? "" : $" (HTTP {response.Status})";
        return await PageReport.BuildAsync(browser, $"Navigated to {page.Url}{status}");
    });

    [McpServerTool(Name = "browser_navigate_back", Title = "Go back")]
    [Description("Go back to the previous page in the history")]
    public Task<CallToolResult> BackAsync() => BrowserCall.TextAsync(async () =>
    {
        var page = await browser.CurrentPageAsync();
        var response = await page.GoBackAsync();
        return await PageReport.BuildAsync(browser, response is null ? "There is no previous page in this tab's history." : $"Went back to {page.Url}");
    });

    [McpServerTool(Name = "browser_wait_for", Title = "Wait for")]
    [Description("Wait for text to appear or disappear or a specified time to pass")]
    public Task<CallToolResult> WaitForAsync(
        [Description("The time to wait in seconds, at most 30")] double? time = null,
        [Description("The text to wait for")] string? text = null,
        [Description("The text to wait for to disappear")] string? textGone = null,
        CancellationToken cancellationToken = default) => BrowserCall.TextAsync(async () =>
    {
        if (time is null && text is null && textGone is null)
            throw new ToolInputException("Give 'time' (seconds, at most 30), 'text' to wait for, or 'textGone' to wait to disappear.");
        if (time is < 0 or > 30)
            throw new ToolInputException("'time' must be between 0 and 30 seconds.");
        var page = await browser.CurrentPageAsync();
        if (time is { } seconds)
            await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        if (textGone is not null)
            await page.GetByText(textGone).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        if (text is not null)
            await page.GetByText(text).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var done = text is not null ? $"Text \"{text}\" appeared" : textGone is not null ? $"Text \"{textGone}\" is gone" : $"Waited {time} s";
        return await PageReport.BuildAsync(browser, done);
    });
}
