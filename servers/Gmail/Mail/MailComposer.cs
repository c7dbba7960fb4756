using McpServers.Hosting;
using McpServers.Storage;
using MimeKit;

namespace McpServers.Gmail.Mail;

/// <summary>
/// Builds RFC 5322 messages with MimeKit: UTF-8 headers encoded per RFC 2047, display names quoted where needed,
/// multipart/alternative for text + HTML, attachments with their types and RFC 2231 file names, replies threaded with
/// In-Reply-To and References.
/// </summary>
internal sealed class MailComposer(GmailOptions options)
{
    private readonly AllowedFolders _folders = options.Folders();

    public MimeMessage Compose(OutgoingMail mail)
    {
        // No From: Gmail sets the account's address and display name (and it needs no profile look-up, so an account
        // with only the gmail.send scope can send).
        var message = new MimeMessage();
        AddAll(message.To, mail.To, "to");
        AddAll(message.Cc, mail.Cc, "cc");
        AddAll(message.Bcc, mail.Bcc, "bcc");
        if (message.To.Count + message.Cc.Count + message.Bcc.Count == 0)
            throw new ToolInputException("Give at least one recipient in 'to', 'cc' or 'bcc'.");
        message.Subject = mail.Subject ?? "";
        if (mail.InReplyTo is { } original)
        {
            message.InReplyTo = original.MessageId;
            foreach (var reference in original.References)
                message.References.Add(reference);
            if (original.MessageId is { } id && !message.References.Contains(id))
                message.References.Add(id);
        }
        else if (mail.ThreadingOf is { } previous)
        {
            message.InReplyTo = previous.InReplyTo;
            foreach (var reference in previous.References)
                message.References.Add(reference);
        }
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        if (mail.TextBody is null && mail.HtmlBody is null)
            body.TextBody = "";
        for (var i = 0; i < mail.Attachments.Count; i++)
            AddAttachment(body, mail.Attachments[i], $"attachments[{i}]");
        foreach (var carried in mail.CarriedAttachments)
            body.Attachments.Add(carried);
        message.Body = body.ToMessageBody();
        return message;
    }

    public static byte[] ToBytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return stream.ToArray();
    }

    private static void AddAll(InternetAddressList list, IReadOnlyList<string>? addresses, string field)
    {
        for (var i = 0; i < (addresses?.Count ?? 0); i++)
        {
            var text = addresses![i];
            if (!MailboxAddress.TryParse(text, out var address) || !IsAddress(address.Address))
                throw new ToolInputException($"{field}[{i}]: '{text}' is not an email address (e.g. ada@example.com or \"Lovelace, Ada\" <ada@example.com>).");
            list.Add(address);
        }
    }

    private static bool IsAddress(string address)
    {
        var at = address.IndexOf('@');
        return at > 0 && at < address.Length - 1 && address.IndexOf('@', at + 1) < 0 && !address.Any(char.IsWhiteSpace);
    }

    private void AddAttachment(BodyBuilder body, AttachmentInput input, string field)
    {
        byte[] bytes;
        string name;
        if (input.ContentBase64 is { } base64)
        {
            try
            {
                bytes = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw new ToolInputException($"{field}.contentBase64 is not valid base64.");
            }
            name = input.Filename ?? throw new ToolInputException($"{field}: give 'filename' with 'contentBase64'.");
        }
        else if (input.Path is { } path)
        {
            string real;
            try
            {
                real = _folders.ResolveReadable(path);
            }
            catch (PathRefusedException e)
            {
                throw new ToolInputException($"{field}: {e.Message}");
            }
            if (new FileInfo(real).Length > Api.GmailApi.LargestMessage)
                throw new ToolInputException($"{field}: {real} is {new FileInfo(real).Length / 1048576.0:0.0} MiB; Gmail takes at most 35 MiB per message. Share it by link instead.");
            bytes = File.ReadAllBytes(real);
            name = input.Filename ?? Path.GetFileName(real);
        }
        else
        {
            throw new ToolInputException($"{field}: give 'path' (a file in {string.Join(", ", options.AttachmentRoots)}) or 'contentBase64' with 'filename'.");
        }
        var type = ContentType.TryParse(input.MimeType ?? MimeTypes.GetMimeType(name), out var parsed) ? parsed : new ContentType("application", "octet-stream");
        // Base64 for every attachment, text ones too: a 7bit/quoted-printable part has its line ends rewritten to CRLF on
        // the way (SMTP's canonical form), so a CSV or a script would not arrive byte for byte.
        if (body.Attachments.Add(name, bytes, type) is MimePart part)
            part.ContentTransferEncoding = ContentEncoding.Base64;
    }
}

/// <summary>What a tool asked to send.</summary>
internal sealed record OutgoingMail
{
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<string>? Cc { get; init; }
    public IReadOnlyList<string>? Bcc { get; init; }
    public string? Subject { get; init; }
    public string? TextBody { get; init; }
    public string? HtmlBody { get; init; }
    public IReadOnlyList<AttachmentInput> Attachments { get; init; } = [];
    public IReadOnlyList<MimeEntity> CarriedAttachments { get; init; } = [];
    public MimeMessage? InReplyTo { get; init; }

    /// <summary>An earlier version (of a draft) whose reply headers carry over.</summary>
    public MimeMessage? ThreadingOf { get; init; }
}
