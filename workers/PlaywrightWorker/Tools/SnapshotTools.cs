using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using Microsoft.Playwright;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.PlaywrightWorker.Tools;

[McpServerToolType]
internal sealed class SnapshotTools(BrowserSession browser)
{
    [McpServerTool(Name = "browser_snapshot", Title = "Page snapshot", ReadOnly = true)]
    [Description("Capture accessibility snapshot of the current page, this is better than screenshot. Elements carry refs like [ref=e12] "
        + "that other tools take as 'target'. Large pages are cut at --snapshot-max-chars; snapshot one region with 'target' to see it whole.")]
    public Task<CallToolResult> SnapshotAsync(
        [Description("Exact target element reference from the page snapshot, or a unique element selector: snapshot only this element")] string? target = null,
        [Description("Limit the depth of the snapshot tree")] int? depth = null,
        [Description("Include each element's bounding box as [box=x,y,width,height]")] bool? boxes = null) => BrowserCall.TextAsync(async () =>
    {
        var page = await browser.CurrentPageAsync();
        var scope = target is null ? null : await ElementTargets.ResolveAsync(page, target);
        return await PageReport.BuildAsync(browser, null, scope: scope, depth: depth, boxes: boxes ?? false);
    });

    [McpServerTool(Name = "browser_take_screenshot", Title = "Take a screenshot", ReadOnly = true)]
    [Description("Take a screenshot of the current page. You can't perform actions based on the screenshot, use browser_snapshot for actions.")]
    public async Task<CallToolResult> ScreenshotAsync(
        [Description("Image format: png (default) or jpeg"), AllowedValues("png", "jpeg")] string? type = null,
        [Description("Human-readable element description")] string? element = null,
        [Description("Exact target element reference from the page snapshot, or a unique element selector")] string? target = null,
        [Description("When true, takes a screenshot of the full scrollable page, instead of the currently visible viewport")] bool? fullPage = null,
        [Description("Also save the image under this file name in the worker's output folder")] string? filename = null)
    {
        var format = (type ?? "png").ToLowerInvariant() switch
        {
            "png" => ScreenshotType.Png,
            "jpeg" or "jpg" => ScreenshotType.Jpeg,
            _ => throw new ToolInputException("'type' must be png or jpeg."),
        };
        if (target is not null && fullPage == true)
            throw new ToolInputException("'fullPage' cannot be used with an element screenshot.");
        var page = await browser.CurrentPageAsync();
        var path = filename is null ? null : OutputFiles.PathFor(browser.Options, filename);
        var bytes = target is null
            ? await page.ScreenshotAsync(new PageScreenshotOptions { Type = format, FullPage = fullPage ?? false, Path = path, Quality = format == ScreenshotType.Jpeg ? 85 : null })
            : await (await ElementTargets.ResolveAsync(page, target, element)).ScreenshotAsync(new LocatorScreenshotOptions { Type = format, Path = path });
        var mime = format == ScreenshotType.Png ? "image/png" : "image/jpeg";
        return new CallToolResult
        {
            Content =
            [
                new TextContentBlock { Text = $"Screenshot of {(target is null ? page.Url : target)}{(path is null ? "" : $", saved to {path}")}" },
                ImageContentBlock.FromBytes(bytes, mime),
            ],
        };
    }

    [McpServerTool(Name = "browser_pdf_save", Title = "Save as PDF", ReadOnly = true)]
    [Description("Save the current page as a PDF file in the worker's output folder")]
    public Task<CallToolResult> PdfAsync([Description("File name for the PDF (default: page-<timestamp>.pdf)")] string? filename = null) =>
        BrowserCall.TextAsync(async () =>
        {
            var page = await browser.CurrentPageAsync();
            var path = OutputFiles.PathFor(browser.Options, filename ?? $"page-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}.pdf");
            var bytes = await page.PdfAsync(new PagePdfOptions { Path = path, PrintBackground = true });
            return $"Saved {page.Url} as PDF ({bytes.Length:N0} bytes) to {path}";
        });
}
