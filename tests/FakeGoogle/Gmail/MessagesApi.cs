using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>users.getProfile and users.messages.* (list, get, send, insert, import, modify, trash, delete, batches, attachments).</summary>
internal sealed class MessagesApi(FakeGmail gmail)
{
    private const string Prefix = "gmail.users.messages.";
    private const string MetadataScope = "https://www.googleapis.com/auth/gmail.metadata";
    private const int MaxBatch = 1000;

    public void Map(ApiRoutes routes)
    {
        routes.Map("gmail.users.getProfile", Profile);
        routes.Map(Prefix + "list", List);
        routes.Map(Prefix + "get", Get);
        routes.Map(Prefix + "send", Send);
        routes.Map(Prefix + "insert", call => Insert(call, "receivedTime"));
        routes.Map(Prefix + "import", call => Insert(call, "dateHeader"));
        routes.Map(Prefix + "modify", Modify);
        routes.Map(Prefix + "batchModify", BatchModify);
        routes.Map(Prefix + "trash", call => ApiResult.Ok(GmailJson.Brief(Trash(gmail.MailboxOf(call), call.Path("id")))));
        routes.Map(Prefix + "untrash", call => ApiResult.Ok(GmailJson.Brief(Untrash(gmail.MailboxOf(call), call.Path("id")))));
        routes.Map(Prefix + "delete", Delete);
        routes.Map(Prefix + "batchDelete", BatchDelete);
        routes.Map(Prefix + "attachments.get", Attachment);
    }

    public static StoredMessage Trash(Mailbox mailbox, string id) =>
        mailbox.ChangeLabels(id, [SystemLabels.Trash], [SystemLabels.Inbox]);

    public static StoredMessage Untrash(Mailbox mailbox, string id) => mailbox.ChangeLabels(id, [], [SystemLabels.Trash]);

    /// <summary>The message bytes of a send/insert/draft: the upload's media, else the base64url "raw" field.</summary>
    public static byte[] RawOf(ApiCall call, JsonNode? message)
    {
        if (call.Media is { } media) return media.Bytes;
        if ((string?)message?["raw"] is not { Length: > 0 } raw) throw ApiException.BadRequest(OutgoingMail.MissingRaw);
        return GmailFormat.FromBase64(raw);
    }

    /// <summary>Messages matching q, labelIds and the SPAM/TRASH rule, newest first.</summary>
    public static IReadOnlyList<StoredMessage> Search(FakeGmail gmail, Mailbox mailbox, ApiCall call)
    {
        if (call.Query.Has("q") && call.ScopesOnly(MetadataScope))
            throw new ApiException(403, "Metadata scope does not support 'q' parameter", "forbidden");
        var query = GmailQuery.Parse(call.Query.Get("q"));
        var labelIds = call.Query.All("labelIds");
        var withSpamTrash = call.Query.GetBool("includeSpamTrash") || query.IncludesSpamTrash
            || labelIds.Contains(SystemLabels.Spam) || labelIds.Contains(SystemLabels.Trash);
        var context = gmail.Context(mailbox, call);
        return mailbox.Snapshot()
            .Where(m => withSpamTrash || !(m.Has(SystemLabels.Spam) || m.Has(SystemLabels.Trash)))
            .Where(m => labelIds.All(m.Has))
            .Where(m => query.Matches(m, context))
            .OrderByDescending(m => m.InternalDate).ThenByDescending(m => m.Sequence)
            .ToArray();
    }

    public static string Format(ApiCall call)
    {
        var format = call.Query.Get("format") ?? "full";
        if (format is "full" or "raw" && call.ScopesOnly(MetadataScope))
            throw new ApiException(403, $"Metadata scope doesn't allow format {format.ToUpperInvariant()}", "forbidden");
        return format;
    }

    private ApiResult Profile(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var messages = mailbox.Snapshot();
        return ApiResult.Ok(new JsonObject
        {
            ["emailAddress"] = mailbox.Email,
            ["messagesTotal"] = messages.Count,
            ["threadsTotal"] = messages.Select(m => m.ThreadId).Distinct().Count(),
            ["historyId"] = GmailJson.Number(mailbox.HistoryId),
        });
    }

    private ApiResult List(ApiCall call)
    {
        var found = Search(gmail, gmail.MailboxOf(call), call);
        var (page, next) = PageToken.Page(found, call.Query.Get("pageToken"), GmailJson.PageSize(call.Query.GetInt("maxResults")));
        var result = new JsonObject();
        if (page.Count > 0) result["messages"] = new JsonArray(page.Select(m => (JsonNode)GmailJson.Ids(m)).ToArray());
        if (next is not null) result["nextPageToken"] = next;
        result["resultSizeEstimate"] = found.Count;
        return ApiResult.Ok(result);
    }

    private ApiResult Get(ApiCall call)
    {
        var message = gmail.MailboxOf(call).Require(call.Path("id"));
        return ApiResult.Ok(MessageRenderer.Render(message, Format(call), call.Query.All("metadataHeaders")));
    }

    private ApiResult Send(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var sent = gmail.Send(mailbox, RawOf(call, call.Body), (string?)call.Body?["threadId"], call.Now);
        return ApiResult.Ok(GmailJson.Brief(sent));
    }

    // insert and import put a message in the mailbox without sending it, with the labels the caller names.
    private ApiResult Insert(ApiCall call, string defaultDateSource)
    {
        var mailbox = gmail.MailboxOf(call);
        var raw = RawOf(call, call.Body);
        var parsed = OutgoingMail.Parse(raw);
        var dateSource = call.Query.Get("internalDateSource") ?? defaultDateSource;
        var date = dateSource == "dateHeader" && parsed.Headers.Contains(MimeKit.HeaderId.Date) ? parsed.Date : call.Now;
        var labels = GmailJson.StringList(call.Body?["labelIds"]);
        var stored = mailbox.Add(raw, labels, date.ToUnixTimeMilliseconds(), (string?)call.Body?["threadId"]);
        return ApiResult.Ok(GmailJson.Brief(stored));
    }

    private ApiResult Modify(ApiCall call)
    {
        var changed = gmail.MailboxOf(call).ChangeLabels(call.Path("id"),
            GmailJson.StringList(call.Body?["addLabelIds"]), GmailJson.StringList(call.Body?["removeLabelIds"]));
        return ApiResult.Ok(GmailJson.Brief(changed));
    }

    private ApiResult BatchModify(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var add = GmailJson.StringList(call.Body?["addLabelIds"]);
        var remove = GmailJson.StringList(call.Body?["removeLabelIds"]);
        foreach (var id in BatchIds(call))
            if (mailbox.Find(id) is not null) mailbox.ChangeLabels(id, add, remove);
        return ApiResult.NoContent;
    }

    private ApiResult Delete(ApiCall call)
    {
        gmail.MailboxOf(call).Delete(call.Path("id"));
        return ApiResult.NoContent;
    }

    private ApiResult BatchDelete(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        foreach (var id in BatchIds(call))
            if (mailbox.Find(id) is not null) mailbox.Delete(id);
        return ApiResult.NoContent;
    }

    private static IReadOnlyList<string> BatchIds(ApiCall call)
    {
        var ids = GmailJson.StringList(call.Body?["ids"]);
        if (ids.Count > MaxBatch) throw ApiException.BadRequest($"Too many ids: {ids.Count} (at most {MaxBatch})");
        return ids;
    }

    private ApiResult Attachment(ApiCall call)
    {
        var message = gmail.MailboxOf(call).Require(call.Path("messageId"));
        var partId = MessageRenderer.PartOf(message.Id, call.Path("id")) ?? throw ApiException.BadRequest("Invalid attachment token");
        var part = MimeTree.Find(message.Parse(), partId) ?? throw ApiException.NotFound();
        var content = MimeTree.DecodedContent(part);
        return ApiResult.Ok(new JsonObject
        {
            ["attachmentId"] = call.Path("id"),
            ["size"] = content.Length,
            ["data"] = GmailFormat.ToBase64Url(content),
        });
    }
}
