using System.ComponentModel;

namespace McpServers.Gmail.Mail;

/// <summary>A file to attach: a path inside the attachment folders, or the bytes themselves (for clients on other machines).</summary>
public sealed record AttachmentInput
{
    [Description("Path of a file inside the allowed attachment folders")]
    public string? Path { get; init; }

    [Description("File name shown to the recipient (default: the path's file name)")]
    public string? Filename { get; init; }

    [Description("MIME type, e.g. application/pdf (default: from the file name)")]
    public string? MimeType { get; init; }

    [Description("The file's bytes as base64, instead of a path")]
    public string? ContentBase64 { get; init; }
}
