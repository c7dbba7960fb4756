using System.ComponentModel;
using System.Text.Json;
using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using Microsoft.Playwright;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.PlaywrightWorker.Tools;

[McpServerToolType]
internal sealed class PageTools(BrowserSession browser)
{
    [McpServerTool(Name = "browser_evaluate", Title = "Evaluate JavaScript")]
    [Description("Evaluate JavaScript expression on page or element (it runs inside the page, never on the server)")]
    public Task<CallToolResult> EvaluateAsync(
        [Description("() => { /* code */ } or (element) => { /* code */ } when element is provided")] string function,
        [Description("Human-readable element description")] string? element = null,
        [Description("Exact target element reference from the page snapshot, or a unique element selector")] string? target = null) =>
        BrowserCall.TextAsync(async () =>
        {
            var page = await browser.CurrentPageAsync();
            var value = target is null
                ? await page.EvaluateAsync<JsonElement?>(function)
                : await (await ElementTargets.ResolveAsync(page, target, element)).EvaluateAsync<JsonElement?>(function);
            var json = value is { } result ? ToolJson.Indented(result) : "undefined";
            return "### Result\n" + PageReport.Cap(json, browser.Options.SnapshotMaxChars);
        });

    [McpServerTool(Name = "browser_resize", Title = "Resize browser window")]
    [Description("Resize the browser window")]
    public Task<CallToolResult> ResizeAsync([Description("Width of the browser window")] int width, [Description("Height of the browser window")] int height) =>
        BrowserCall.TextAsync(async () =>
        {
            if (width is < 100 or > 10_000 || height is < 100 or > 10_000)
                throw new ToolInputException("'width' and 'height' must be between 100 and 10000 pixels.");
            var page = await browser.CurrentPageAsync();
            await page.SetViewportSizeAsync(width, height);
            return await PageReport.BuildAsync(browser, $"Resized to {width}x{height}", includeSnapshot: false);
        });

    [McpServerTool(Name = "browser_close", Title = "Close browser")]
    [Description("Close the page (every tab of this session); the next navigation opens a new one")]
    public Task<CallToolResult> CloseAsync() => BrowserCall.TextAsync(async () =>
    {
        foreach (var page in browser.Pages)
            await page.CloseAsync();
        return "Closed every tab of this session.";
    });

    [McpServerTool(Name = "browser_tabs", Title = "Manage tabs")]
    [Description("List, create, close, or select a browser tab.")]
    public Task<CallToolResult> TabsAsync(
        [Description("Operation to perform: list, new, close or select")] string action,
        [Description("Tab index, used for close/select. If omitted for close, current tab is closed.")] int? index = null) => BrowserCall.TextAsync(async () =>
    {
        switch (action?.ToLowerInvariant())
        {
            case "list":
                break;
            case "new":
                await browser.NewTabAsync();
                break;
            case "select":
                browser.Select(index ?? throw new ToolInputException("'index' is required to select a tab."));
                await (await browser.CurrentPageAsync()).BringToFrontAsync();
                break;
            case "close":
                var pages = browser.Pages;
                var closing = index ?? browser.CurrentIndex;
                if (closing < 0 || closing >= pages.Count)
                    throw new ToolInputException($"There is no tab {closing}; tabs are numbered 0 to {pages.Count - 1}.");
                await pages[closing].CloseAsync();
                break;
            default:
                throw new ToolInputException("'action' must be list, new, close or select.");
        }
        var list = new List<string>();
        var all = browser.Pages;
        for (var i = 0; i < all.Count; i++)
            list.Add($"- {i}:{(i == browser.CurrentIndex ? " (current)" : "")} [{await all[i].TitleAsync()}] ({all[i].Url})");
        return "### Open tabs\n" + (list.Count == 0 ? "(none; browser_navigate opens one)" : string.Join('\n', list));
    });

    [McpServerTool(Name = "browser_console_messages", Title = "Get console messages", ReadOnly = true)]
    [Description("Returns all console messages")]
    public Task<CallToolResult> ConsoleAsync(
        [Description("Level of the console messages to return: error, warning, info (default) or debug. Each level includes the more severe ones.")] string? level = null,
        [Description("Return all console messages since the beginning of the session, not just since the last navigation.")] bool? all = null) =>
        BrowserCall.TextAsync(async () =>
        {
            var wanted = level ?? "info";
            if (wanted is not ("error" or "warning" or "info" or "debug"))
                throw new ToolInputException("'level' must be error, warning, info or debug.");
            var page = await browser.CurrentPageAsync();
            var messages = browser.ActivityOf(page).Console(all ?? false).Where(m => m.IsAtLeast(wanted)).ToList();
            return messages.Count == 0
                ? "No console messages."
                : string.Join('\n', messages.Select(m => $"[{m.Type.ToUpperInvariant()}] {m.Text} @ {m.Location}"));
        });

    [McpServerTool(Name = "browser_network_requests", Title = "List network requests", ReadOnly = true)]
    [Description("Returns a numbered list of network requests since loading the page.")]
    public Task<CallToolResult> NetworkAsync(
        [Description("Whether to include successful static resources like images, fonts, scripts, etc. Defaults to false.")] bool? @static = null,
        [Description("Only return requests whose URL matches this regexp")] string? filter = null) => BrowserCall.TextAsync(async () =>
    {
        var page = await browser.CurrentPageAsync();
        var pattern = filter is null ? null : new System.Text.RegularExpressions.Regex(filter, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        var lines = new List<string>();
        var number = 0;
        foreach (var entry in browser.ActivityOf(page).Requests())
        {
            number++;
            if ((@static != true && entry.IsStatic && entry.Request.Failure is null) || (pattern is not null && !pattern.IsMatch(entry.Request.Url)))
                continue;
            lines.Add($"{number}. {await entry.DescribeAsync()}");
        }
        return lines.Count == 0 ? "No network requests." : string.Join('\n', lines);
    });
}
