using System.Text;
using Microsoft.Playwright;

namespace McpServers.PlaywrightWorker.Browser;

/// <summary>
/// The text a browser tool answers with, in the peer's layout: what was done, the page's URL and title, an open
/// dialog or file chooser, and the accessibility snapshot with element refs, capped so it fits a client's budget.
/// </summary>
internal static class PageReport
{
    public static async Task<string> BuildAsync(BrowserSession browser, string? result, bool includeSnapshot = true, ILocator? scope = null,
        int? depth = null, bool boxes = false)
    {
        var text = new StringBuilder();
        if (result is not null)
            text.Append("### Result\n").Append(result.TrimEnd()).Append("\n\n");
        if (ModalState(browser) is { } modal)
        {
            text.Append("### Modal state\n").Append(modal).Append('\n');
            return text.ToString();
        }
        var page = await browser.CurrentPageAsync();
        // Title and snapshot are independent round trips to the browser: ask for both at once.
        var title = SafeTitleAsync(page);
        var snapshot = !includeSnapshot ? Task.FromResult("")
            : scope is null
                ? page.AriaSnapshotAsync(new PageAriaSnapshotOptions { Mode = AriaSnapshotMode.Ai, Depth = depth, Boxes = boxes })
                : scope.AriaSnapshotAsync(new LocatorAriaSnapshotOptions { Mode = AriaSnapshotMode.Ai, Depth = depth, Boxes = boxes });
        text.Append("### Page\n")
            .Append("- Page URL: ").Append(page.Url).Append('\n')
            .Append("- Page Title: ").Append(await title).Append('\n');
        if (browser.Pages.Count > 1)
            text.Append("- Tab: ").Append(browser.CurrentIndex).Append(" of ").Append(browser.Pages.Count).Append(" (see browser_tabs)\n");
        if (includeSnapshot)
            text.Append("### Snapshot\n```yaml\n").Append(Cap(await snapshot, browser.Options.SnapshotMaxChars)).Append("\n```\n");
        return text.ToString();
    }

    /// <summary>The snapshot, cut at a line boundary when longer than the budget, with a note saying how to see the rest.</summary>
    public static string Cap(string snapshot, int maxChars)
    {
        if (snapshot.Length <= maxChars)
            return snapshot;
        var cut = snapshot.LastIndexOf('\n', maxChars);
        if (cut < maxChars / 2)
            cut = maxChars;
        return snapshot[..cut]
            + $"\n# [snapshot truncated: showed {cut:N0} of {snapshot.Length:N0} characters. Take browser_snapshot with target=<ref> of one region, "
            + "or a smaller depth, to see the rest]";
    }

    private static string? ModalState(BrowserSession browser)
    {
        if (browser.PendingDialog is { } dialog)
            return $"- A \"{dialog.Type}\" dialog is open: \"{dialog.Message}\". Answer it with browser_handle_dialog before anything else.";
        if (browser.PendingFileChooser is not null)
            return "- A file chooser is open. Choose files with browser_file_upload (or call it without paths to cancel).";
        return null;
    }

    private static async Task<string> SafeTitleAsync(IPage page)
    {
        try
        {
            return await page.TitleAsync();
        }
        catch (PlaywrightException)
        {
            return "(unavailable while the page is busy)";
        }
    }
}
