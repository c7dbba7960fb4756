using System.ComponentModel;
using McpServers.Gmail.Api;
using McpServers.Gmail.Mail;
using McpServers.Google.Accounts;
using McpServers.Hosting;
using MimeKit;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class SendTools(GmailAccounts accounts, GmailApi gmail, MailComposer composer)
{
    [McpServerTool(Name = "send_email", UseStructuredContent = true, OutputSchemaType = typeof(SentMessage))]
    [Description("Sends a message: text and/or HTML body, attachments from the allowed folders or as base64. With inReplyTo "
        + "(a message id) it is a correct reply: In-Reply-To and References set, and it joins that conversation.")]
    public async Task<CallToolResult> SendAsync(
        [Description("Recipients, e.g. ada@example.com or \"Lovelace, Ada\" <ada@example.com>")] IReadOnlyList<string> to,
        [Description("Subject")] string subject,
        [Description("Plain-text body")] string? body = null,
        [Description("HTML body (sent with the text body as alternatives)")] string? htmlBody = null,
        [Description("Cc recipients")] IReadOnlyList<string>? cc = null,
        [Description("Bcc recipients")] IReadOnlyList<string>? bcc = null,
        [Description("Files to attach")] IReadOnlyList<AttachmentInput>? attachments = null,
        [Description("Id of the message this replies to")] string? inReplyTo = null,
        [Description("Account name (default: --account, else the only one)")] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var original = inReplyTo is null ? default : await MessageTools.LoadAsync(gmail, who, inReplyTo, cancellationToken);
        var mail = new OutgoingMail
        {
            To = to, Cc = cc, Bcc = bcc, Subject = subject, TextBody = body, HtmlBody = htmlBody,
            Attachments = attachments ?? [], InReplyTo = original.Mime,
        };
        return await SendComposedAsync(who, mail, original.Message?.ThreadId, cancellationToken);
    }

    [McpServerTool(Name = "reply_email", UseStructuredContent = true, OutputSchemaType = typeof(SentMessage))]
    [Description("Replies to a message in its conversation: to its sender (or Reply-To), with replyAll also to its other recipients; "
        + "subject 'Re: ...', the original quoted below, In-Reply-To and References set.")]
    public async Task<CallToolResult> ReplyAsync(
        [Description("Id of the message replied to")] string messageId,
        [Description("Plain-text reply")] string? body = null,
        [Description("HTML reply")] string? htmlBody = null,
        [Description("Also reply to the other recipients (To and Cc)")] bool replyAll = false,
        [Description("Files to attach")] IReadOnlyList<AttachmentInput>? attachments = null,
        [Description("Account name (default: --account, else the only one)")] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var (message, original) = await MessageTools.LoadAsync(gmail, who, messageId, cancellationToken);
        var me = await accounts.AddressAsync(who);
        bool IsMe(MailboxAddress a) => a.Address.Equals(me, StringComparison.OrdinalIgnoreCase);
        // A reply to one's own message goes to the people it was sent to, not back to oneself.
        var replyTo = original.ReplyTo.Count > 0 ? original.ReplyTo.Mailboxes : original.From.Mailboxes;
        var to = (replyTo.All(IsMe) ? original.To.Mailboxes : replyTo).Select(a => a.ToString()).ToList();
        var cc = replyAll
            ? original.To.Mailboxes.Concat(original.Cc.Mailboxes).Where(a => !IsMe(a)).Select(a => a.ToString()).Where(a => !to.Contains(a)).ToList()
            : [];
        var quote = Quote(original);
        var mail = new OutgoingMail
        {
            To = to, Cc = cc, Subject = Prefixed("Re: ", original.Subject), InReplyTo = original, Attachments = attachments ?? [],
            TextBody = (body ?? (htmlBody is null ? "" : null)) is { } text ? text + "\n\n" + quote : null,
            HtmlBody = htmlBody is null ? null : htmlBody + "<br><br><blockquote>" + System.Net.WebUtility.HtmlEncode(quote).Replace("\n", "<br>") + "</blockquote>",
        };
        return await SendComposedAsync(who, mail, message.ThreadId, cancellationToken);
    }

    [McpServerTool(Name = "forward_email", UseStructuredContent = true, OutputSchemaType = typeof(SentMessage))]
    [Description("Forwards a message with its attachments: subject 'Fwd: ...', your note above the forwarded headers and body.")]
    public async Task<CallToolResult> ForwardAsync(
        [Description("Id of the message forwarded")] string messageId,
        [Description("Recipients")] IReadOnlyList<string> to,
        [Description("Your note above the forwarded message")] string? body = null,
        [Description("Cc recipients")] IReadOnlyList<string>? cc = null,
        [Description("Account name (default: --account, else the only one)")] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var (_, original) = await MessageTools.LoadAsync(gmail, who, messageId, cancellationToken);
        var forwarded = $"---------- Forwarded message ---------\nFrom: {original.From}\nDate: {original.Date:R}\nSubject: {original.Subject}\n"
            + $"To: {original.To}\n\n{MailReader.BodyText(original)}";
        var mail = new OutgoingMail
        {
            To = to, Cc = cc, Subject = Prefixed("Fwd: ", original.Subject),
            TextBody = (body is null ? "" : body + "\n\n") + forwarded, CarriedAttachments = MailReader.Attachments(original),
        };
        return await SendComposedAsync(who, mail, null, cancellationToken);
    }

    private async Task<CallToolResult> SendComposedAsync(GoogleAccount who, OutgoingMail mail, string? threadId, CancellationToken cancellationToken)
    {
        var bytes = MailComposer.ToBytes(composer.Compose(mail));
        if (bytes.Length > GmailApi.LargestMessage)
            throw new ToolInputException($"The message is {bytes.Length / 1048576.0:0.0} MiB with its attachments; Gmail takes at most 35 MiB. Share large files by link instead.");
        var sent = await gmail.SendAsync(who, bytes, threadId, cancellationToken);
        var note = bytes.Length > GmailApi.LargestJsonMessage ? $"Sent through Gmail's upload endpoint ({bytes.Length / 1048576.0:0.0} MiB)." : null;
        return ToolResults.Structured(new SentMessage(sent.Id!, sent.ThreadId, sent.LabelIds ?? [], note), GmailJson.Default.SentMessage);
    }

    private static string Prefixed(string prefix, string? subject) =>
        subject is null ? prefix.TrimEnd() : subject.StartsWith(prefix.Trim(), StringComparison.OrdinalIgnoreCase) ? subject : prefix + subject;

    private static string Quote(MimeMessage original) =>
        $"On {original.Date:R}, {original.From} wrote:\n" + string.Join('\n', MailReader.BodyText(original).Split('\n').Select(l => "> " + l));
}
