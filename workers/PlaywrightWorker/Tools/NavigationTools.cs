using System.ComponentModel;
using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using Microsoft.Playwright;
using ModelContextProtocol;
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
        IProgress<ProgressNotificationValue> progress,
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
            await WaitReportingAsync(seconds, progress, cancellationToken);
        if (textGone is not null)
        {
            progress.Report(new ProgressNotificationValue { Progress = 0, Message = $"Waiting for \"{textGone}\" to disappear" });
            await page.GetByText(textGone).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).WaitAsync(cancellationToken);
        }
        if (text is not null)
        {
            progress.Report(new ProgressNotificationValue { Progress = 0, Message = $"Waiting for \"{text}\"" });
            await page.GetByText(text).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible }).WaitAsync(cancellationToken);
        }
        var done = text is not null ? $"Text \"{text}\" appeared" : textGone is not null ? $"Text \"{textGone}\" is gone" : $"Waited {time} s";
        return await PageReport.BuildAsync(browser, done);
    });

    /// <summary>Waits <paramref name="seconds"/>, reporting each whole second waited, so a client can show the wait advancing.</summary>
    private static async Task WaitReportingAsync(double seconds, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var total = TimeSpan.FromSeconds(seconds);
        for (var second = 1; clock.Elapsed < total; second++)
        {
            var waited = Math.Min(second, seconds);
            var left = TimeSpan.FromSeconds(waited) - clock.Elapsed;
            if (left > TimeSpan.Zero)
                await Task.Delay(left, cancellationToken);
            progress.Report(new ProgressNotificationValue { Progress = (float)waited, Total = (float)seconds, Message = $"Waited {waited} of {seconds} s" });
        }
    }
}
