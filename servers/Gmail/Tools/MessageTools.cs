using System.ComponentModel;
using McpServers.Gmail.Api;
using McpServers.Gmail.Mail;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using MimeKit;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class MessageTools(GmailAccounts accounts, GmailApi gmail, GmailOptions options)
{
    private const int Parallel = 6;

    [McpServerTool(Name = "search_emails", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(SearchResult))]
    [Description("Searches the mailbox with Gmail's query syntax (from:, to:, subject:, label:, is:unread, has:attachment, after:2026/01/31, "
        + "newer_than:7d, \"exact phrase\", -word). Returns id, thread, from, subject, date, snippet and labels; page with nextPageToken.")]
    public async Task<CallToolResult> SearchAsync(
        [Description("Gmail search query; empty lists the newest messages")] string? query = null,
        [Description("Messages per page (1-100)"), System.ComponentModel.DataAnnotations.Range(1, 100)] int maxResults = 20,
        [Description("nextPageToken of the previous page")] string? pageToken = null,
        [Description("Include spam and trash")] bool includeSpamTrash = false,
        [Description("Account name (default: --account, else the only one)")] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var page = await gmail.ListMessagesAsync(who, query, maxResults, pageToken, includeSpamTrash, null, cancellationToken);
        var ids = page.Messages ?? [];
        var summaries = new EmailSummary[ids.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (i, ct) => summaries[i] = Summary(await gmail.MetadataAsync(who, ids[i].Id!, ct)));
        var result = new SearchResult(summaries, page.NextPageToken, page.ResultSizeEstimate);
        return ToolResults.Structured(result, GmailJson.Default.SearchResult);
    }

    [McpServerTool(Name = "read_email", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(EmailView))]
    [Description("Reads one message: headers, the body as text (HTML mail turned into readable text) and its attachments. "
        + "Long bodies come in pieces: call again with offset = nextOffset.")]
    public async Task<CallToolResult> ReadAsync(
        [Description("Message id (from search_emails)")] string messageId,
        [Description("Where in the body text to start (from nextOffset)")] int offset = 0,
        [Description("Account name (default: --account, else the only one)")] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var (message, mime) = await LoadAsync(gmail, who, messageId, cancellationToken);
        return ToolResults.Structured(View(message, mime, offset, options.MaxBodyChars), GmailJson.Default.EmailView);
    }

    [McpServerTool(Name = "read_thread", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(ThreadView))]
    [Description("Reads a whole conversation, oldest message first, with each body as text. Bodies share one budget (at least 500 characters each); read_email with offset reads the rest of one.")]
    public async Task<CallToolResult> ReadThreadAsync(
        [Description("Thread id (threadId of a message)")] string threadId,
        [Description("Account name (default: --account, else the only one)")] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var thread = await gmail.ThreadAsync(who, threadId, cancellationToken);
        var members = (thread.Messages ?? []).OrderBy(m => long.TryParse(m.InternalDate, out var t) ? t : 0).ToList();
        var loaded = new (Api.GmailMessage, MimeMessage)[members.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, members.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (i, ct) => loaded[i] = await LoadAsync(gmail, who, members[i].Id!, ct));
        var share = Math.Max(500, options.MaxBodyChars / Math.Max(1, members.Count));
        var views = loaded.Select(l => View(l.Item1, l.Item2, 0, share)).ToList();
        var note = views.Any(v => v.NextOffset is not null) ? "Some bodies were cut to fit; read_email with offset = nextOffset reads the rest." : null;
        return ToolResults.Structured(new ThreadView(threadId, views, note), GmailJson.Default.ThreadView);
    }

    internal static async Task<(Api.GmailMessage Message, MimeMessage Mime)> LoadAsync(GmailApi gmail, Google.Accounts.GoogleAccount who, string id, CancellationToken ct)
    {
        var message = await gmail.RawAsync(who, id, ct);
        return (message, MailReader.Parse(Google.Http.Base64Url.Decode(message.Raw ?? "")));
    }

    internal static EmailView View(Api.GmailMessage message, MimeMessage mime, int offset, int budget)
    {
        var body = MailReader.BodyText(mime);
        if (offset < 0 || offset > body.Length)
            throw new ToolInputException($"offset {offset} is outside the body (0 to {body.Length}).");
        var piece = body.Substring(offset, Math.Min(budget, body.Length - offset));
        var next = offset + piece.Length < body.Length ? offset + piece.Length : (int?)null;
        var attachments = MailReader.Attachments(mime).Select((a, i) => new AttachmentInfo(i, a.FileName ?? $"attachment-{i}", a.ContentType.MimeType, MailReader.Size(a))).ToList();
        return new EmailView(message.Id!, message.ThreadId, message.LabelIds ?? [], MailReader.Addresses(mime.From), MailReader.Addresses(mime.To),
            mime.Cc.Count == 0 ? null : MailReader.Addresses(mime.Cc), mime.Subject, mime.Date == DateTimeOffset.MinValue ? null : mime.Date.ToString("O"),
            mime.MessageId, piece, body.Length, next,
            next is { } rest ? $"Body cut at {rest:N0} of {body.Length:N0} characters; call read_email with offset={rest} for the rest." : null, attachments);
    }

    private static EmailSummary Summary(Api.GmailMessage message)
    {
        string? Header(string name) => message.Payload?.Headers?.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;
        return new EmailSummary(message.Id!, message.ThreadId, Header("From"), Header("To"), Header("Subject"), Header("Date"),
            message.Snippet, message.LabelIds ?? []);
    }
}
