using System.ComponentModel;
using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.PlaywrightWorker.Tools;

[McpServerToolType]
internal sealed class DialogTools(BrowserSession browser)
{
    [McpServerTool(Name = "browser_handle_dialog", Title = "Handle a dialog")]
    [Description("Handle a dialog")]
    public Task<CallToolResult> HandleDialogAsync(
        [Description("Whether to accept the dialog.")] bool accept,
        [Description("The text of the prompt in case of a prompt dialog.")] string? promptText = null) => BrowserCall.TextAsync(async () =>
    {
        var dialog = browser.PendingDialog ?? throw new ToolInputException("No dialog is open.");
        browser.PendingDialog = null;
        if (accept)
            await dialog.AcceptAsync(promptText);
        else
            await dialog.DismissAsync();
        return await PageReport.BuildAsync(browser, $"{(accept ? "Accepted" : "Dismissed")} the {dialog.Type} dialog \"{dialog.Message}\"");
    });

    [McpServerTool(Name = "browser_file_upload", Title = "Upload files")]
    [Description("Upload one or multiple files")]
    public Task<CallToolResult> UploadAsync(
        [Description("The absolute paths to the files to upload. Can be single file or multiple files. If omitted, file chooser is cancelled.")] string[]? paths = null) =>
        BrowserCall.TextAsync(async () =>
        {
            var chooser = browser.PendingFileChooser
                ?? throw new ToolInputException("No file chooser is open: click the page's file input first (browser_click), then call browser_file_upload.");
            var files = paths ?? [];
            foreach (var path in files)
            {
                if (!Path.IsPathRooted(path) || !File.Exists(path))
                    throw new ToolInputException($"'{path}' is not an existing file given by absolute path.");
            }
            browser.PendingFileChooser = null;
            await chooser.SetFilesAsync(files);
            return await PageReport.BuildAsync(browser, files.Length == 0 ? "Cancelled the file chooser" : $"Uploaded {string.Join(", ", files.Select(Path.GetFileName))}");
        });
}
