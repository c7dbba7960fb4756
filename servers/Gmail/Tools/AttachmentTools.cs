using System.ComponentModel;
using McpServers.Gmail.Mail;
using McpServers.Hosting;
using McpServers.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class AttachmentTools(GmailAccounts accounts, Api.GmailApi gmail, GmailOptions options)
{
    [McpServerTool(Name = "download_attachment", UseStructuredContent = true, OutputSchemaType = typeof(SavedAttachment))]
    [Description("Saves an attachment into the download folder (never elsewhere), or with inline: true returns it as base64 "
        + "when it is small enough (for clients on another machine).")]
    public async Task<CallToolResult> DownloadAsync([Description("Message id")] string messageId,
        [Description("The attachment's index (from read_email)")] int index = 0,
        [Description("Return the bytes as base64 instead of saving")] bool inline = false,
        [Description("File name to save as (default: the attachment's)")] string? saveAs = null,
        [Description("Account name (default: --account, else the only one)")] string? account = null, CancellationToken cancellationToken = default)
    {
        var (_, mime) = await MessageTools.LoadAsync(gmail, accounts.Resolve(account), messageId, cancellationToken);
        var all = MailReader.Attachments(mime);
        if (index < 0 || index >= all.Count)
            throw new ToolInputException(all.Count == 0 ? $"Message {messageId} has no attachments." : $"index: give 0 to {all.Count - 1} (message {messageId} has {all.Count} attachments).");
        var part = all[index];
        using var bytes = new MemoryStream();
        if (part.Content is { } content)
            await content.DecodeToAsync(bytes, cancellationToken);
        var name = part.FileName ?? $"attachment-{index}";
        if (inline)
        {
            if (bytes.Length > options.MaxInlineAttachmentBytes)
                throw new ToolInputException($"{name} is {bytes.Length:N0} bytes, over the inline limit of {options.MaxInlineAttachmentBytes:N0} (--max-inline-attachment); save it instead (inline: false).");
            return ToolResults.Structured(new SavedAttachment(name, part.ContentType.MimeType, bytes.Length, null, Convert.ToBase64String(bytes.ToArray())),
                GmailJson.Default.SavedAttachment);
        }
        string path;
        try
        {
            path = options.Folders().WritablePath(saveAs ?? Path.GetFileName(name));
        }
        catch (PathRefusedException e)
        {
            throw new ToolInputException(e.Message);
        }
        path = await WriteNewAsync(path, bytes.ToArray(), cancellationToken);
        return ToolResults.Structured(new SavedAttachment(name, part.ContentType.MimeType, bytes.Length, path, null), GmailJson.Default.SavedAttachment);
    }

    // Never overwrites (attachments are often all called image001.png) and never follows a link planted in the folder:
    // the file is created new, as "name (2).ext" and so on when the name is taken.
    private static async Task<string> WriteNewAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path)!;
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? path : Path.Combine(folder, $"{stem} ({n}){extension}");
            try
            {
                await using var file = new FileStream(candidate, FileMode.CreateNew, FileAccess.Write);
                await file.WriteAsync(bytes, cancellationToken);
                return candidate;
            }
            catch (IOException) when (File.Exists(candidate) || Directory.Exists(candidate) || new FileInfo(candidate).LinkTarget is not null)
            {
            }
        }
    }
}
