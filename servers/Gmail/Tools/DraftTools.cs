using System.ComponentModel;
using McpServers.Gmail.Api;
using McpServers.Gmail.Mail;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class DraftTools(GmailAccounts accounts, GmailApi gmail, MailComposer composer)
{
    private const string AccountText = "Account name (default: --account, else the only one)";

    [McpServerTool(Name = "create_draft", UseStructuredContent = true, OutputSchemaType = typeof(DraftInfo))]
    [Description("Saves a draft (same fields as send_email) for a person to review and send.")]
    public async Task<CallToolResult> CreateAsync(
        [Description("Recipients")] IReadOnlyList<string> to, [Description("Subject")] string subject,
        [Description("Plain-text body")] string? body = null, [Description("HTML body")] string? htmlBody = null,
        [Description("Cc recipients")] IReadOnlyList<string>? cc = null, [Description("Bcc recipients")] IReadOnlyList<string>? bcc = null,
        [Description("Files to attach")] IReadOnlyList<AttachmentInput>? attachments = null,
        [Description("Id of the message this replies to")] string? inReplyTo = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var (bytes, threadId) = await ComposeAsync(who, to, subject, body, htmlBody, cc, bcc, attachments, inReplyTo, cancellationToken);
        var draft = await gmail.CreateDraftAsync(who, bytes, threadId, cancellationToken);
        return ToolResults.Structured(new DraftInfo(draft.Id!, draft.Message?.Id, draft.Message?.ThreadId, subject, string.Join(", ", to)), GmailJson.Default.DraftInfo);
    }

    [McpServerTool(Name = "update_draft", UseStructuredContent = true, OutputSchemaType = typeof(DraftInfo))]
    [Description("Replaces a draft's content (give every field the draft should have).")]
    public async Task<CallToolResult> UpdateAsync([Description("Draft id")] string draftId,
        [Description("Recipients")] IReadOnlyList<string> to, [Description("Subject")] string subject,
        [Description("Plain-text body")] string? body = null, [Description("HTML body")] string? htmlBody = null,
        [Description("Cc recipients")] IReadOnlyList<string>? cc = null, [Description("Bcc recipients")] IReadOnlyList<string>? bcc = null,
        [Description("Files to attach")] IReadOnlyList<AttachmentInput>? attachments = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var existing = await gmail.DraftAsync(who, draftId, cancellationToken);
        // A draft of a reply stays one: its In-Reply-To and References carry over, as its thread does.
        var previous = existing.Message?.Raw is { } raw ? MailReader.Parse(Google.Http.Base64Url.Decode(raw)) : null;
        var (bytes, _) = await ComposeAsync(who, to, subject, body, htmlBody, cc, bcc, attachments, null, cancellationToken, previous);
        var draft = await gmail.UpdateDraftAsync(who, draftId, bytes, existing.Message?.ThreadId, cancellationToken);
        return ToolResults.Structured(new DraftInfo(draft.Id!, draft.Message?.Id, draft.Message?.ThreadId, subject, string.Join(", ", to)), GmailJson.Default.DraftInfo);
    }

    [McpServerTool(Name = "list_drafts", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(DraftList))]
    [Description("Lists drafts with their subject and recipients.")]
    public async Task<CallToolResult> ListAsync([Description("Drafts per page (1-100)"), System.ComponentModel.DataAnnotations.Range(1, 100)] int maxResults = 20,
        [Description("nextPageToken of the previous page")] string? pageToken = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var page = await gmail.ListDraftsAsync(who, maxResults, pageToken, cancellationToken);
        var drafts = new List<DraftInfo>();
        foreach (var draft in page.Drafts ?? [])
        {
            var full = await gmail.DraftAsync(who, draft.Id!, cancellationToken);
            var mime = full.Message?.Raw is { } raw ? MailReader.Parse(Google.Http.Base64Url.Decode(raw)) : null;
            drafts.Add(new DraftInfo(draft.Id!, full.Message?.Id, full.Message?.ThreadId, mime?.Subject, mime is null ? null : MailReader.Addresses(mime.To)));
        }
        return ToolResults.Structured(new DraftList(drafts, page.NextPageToken), GmailJson.Default.DraftList);
    }

    [McpServerTool(Name = "send_draft", UseStructuredContent = true, OutputSchemaType = typeof(SentMessage))]
    [Description("Sends a saved draft.")]
    public async Task<CallToolResult> SendAsync([Description("Draft id")] string draftId, [Description(AccountText)] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var sent = await gmail.SendDraftAsync(accounts.Resolve(account), draftId, cancellationToken);
        return ToolResults.Structured(new SentMessage(sent.Id!, sent.ThreadId, sent.LabelIds ?? [], null), GmailJson.Default.SentMessage);
    }

    [McpServerTool(Name = "delete_draft", Destructive = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Deletes a draft for good.")]
    public async Task<CallToolResult> DeleteAsync([Description("Draft id")] string draftId, [Description(AccountText)] string? account = null,
        CancellationToken cancellationToken = default)
    {
        await gmail.DeleteDraftAsync(accounts.Resolve(account), draftId, cancellationToken);
        return ToolResults.Structured(new Done($"Draft {draftId} deleted."), GmailJson.Default.Done);
    }

    private async Task<(byte[] Bytes, string? ThreadId)> ComposeAsync(Google.Accounts.GoogleAccount who, IReadOnlyList<string> to, string subject, string? body,
        string? htmlBody, IReadOnlyList<string>? cc, IReadOnlyList<string>? bcc, IReadOnlyList<AttachmentInput>? attachments, string? inReplyTo, CancellationToken ct,
        MimeKit.MimeMessage? previousVersion = null)
    {
        var original = inReplyTo is null ? default : await MessageTools.LoadAsync(gmail, who, inReplyTo, ct);
        var bytes = MailComposer.ToBytes(composer.Compose(new OutgoingMail
        {
            To = to, Cc = cc, Bcc = bcc, Subject = subject, TextBody = body, HtmlBody = htmlBody,
            Attachments = attachments ?? [], InReplyTo = original.Mime, ThreadingOf = previousVersion,
        }));
        if (bytes.Length > GmailApi.LargestMessage)
            throw new ToolInputException($"The draft is {bytes.Length / 1048576.0:0.0} MiB with its attachments; Gmail takes at most 35 MiB.");
        return (bytes, original.Message?.ThreadId);
    }
}
