using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>users.drafts.*: a draft points at a message labelled DRAFT; sending it sends that message and drops the draft.</summary>
internal sealed class DraftsApi(FakeGmail gmail)
{
    private const string Prefix = "gmail.users.drafts.";

    public void Map(ApiRoutes routes)
    {
        routes.Map(Prefix + "create", Create);
        routes.Map(Prefix + "update", Update);
        routes.Map(Prefix + "get", Get);
        routes.Map(Prefix + "list", List);
        routes.Map(Prefix + "send", Send);
        routes.Map(Prefix + "delete", call =>
        {
            gmail.MailboxOf(call).RemoveDraft(call.Path("id"), deleteMessage: true);
            return ApiResult.NoContent;
        });
    }

    private ApiResult Create(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var message = StoreContent(mailbox, call, threadFallback: null);
        return ApiResult.Ok(ToJson(mailbox.AddDraft(message.Id), message));
    }

    private ApiResult Update(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var draft = mailbox.RequireDraft(call.Path("id"));
        var message = StoreContent(mailbox, call, ThreadToKeep(mailbox, draft));
        return ApiResult.Ok(ToJson(mailbox.ReplaceDraft(draft.Id, message.Id), message));
    }

    private ApiResult Get(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var draft = mailbox.RequireDraft(call.Path("id"));
        var message = mailbox.Require(draft.MessageId);
        return ApiResult.Ok(new JsonObject
        {
            ["id"] = draft.Id,
            ["message"] = MessageRenderer.Render(message, MessagesApi.Format(call)),
        });
    }

    private ApiResult List(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var query = GmailQuery.Parse(call.Query.Get("q"));
        var context = gmail.Context(mailbox, call);
        var drafts = mailbox.Drafts
            .Select(d => (Draft: d, Message: mailbox.Find(d.MessageId)))
            .Where(d => d.Message is not null && query.Matches(d.Message, context))
            .OrderByDescending(d => d.Message!.InternalDate).ThenByDescending(d => d.Message!.Sequence)
            .ToArray();
        var (page, next) = PageToken.Page(drafts, call.Query.Get("pageToken"), GmailJson.PageSize(call.Query.GetInt("maxResults")));
        var result = new JsonObject();
        if (page.Count > 0)
            result["drafts"] = new JsonArray(page.Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d.Draft.Id,
                ["message"] = GmailJson.Ids(d.Message!),
            }).ToArray());
        if (next is not null) result["nextPageToken"] = next;
        result["resultSizeEstimate"] = drafts.Length;
        return ApiResult.Ok(result);
    }

    private ApiResult Send(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var draft = mailbox.RequireDraft((string?)call.Body?["id"] ?? throw ApiException.BadRequest("Invalid draft"));
        // The body may carry new content, as drafts.update would.
        if (call.Media is not null || (string?)call.Body?["message"]?["raw"] is { Length: > 0 })
            draft = mailbox.ReplaceDraft(draft.Id, StoreContent(mailbox, call, ThreadToKeep(mailbox, draft)).Id);
        var content = mailbox.Require(draft.MessageId);
        var thread = ThreadToKeep(mailbox, draft);
        mailbox.RemoveDraft(draft.Id, deleteMessage: true);
        var sent = gmail.Send(mailbox, content.Raw, thread, call.Now);
        return ApiResult.Ok(GmailJson.Brief(sent));
    }

    private static StoredMessage StoreContent(Mailbox mailbox, ApiCall call, string? threadFallback)
    {
        var message = call.Body?["message"];
        var raw = MessagesApi.RawOf(call, message);
        OutgoingMail.Parse(raw);
        var threadId = (string?)message?["threadId"] ?? threadFallback;
        return mailbox.Add(raw, [SystemLabels.Draft], call.Now.ToUnixTimeMilliseconds(), threadId);
    }

    // A draft replying in a thread stays there; a draft alone in its own thread has nothing to keep.
    private static string? ThreadToKeep(Mailbox mailbox, GmailDraft draft)
    {
        var message = mailbox.Find(draft.MessageId);
        if (message is null) return null;
        return mailbox.Thread(message.ThreadId).Any(m => m.Id != message.Id) ? message.ThreadId : null;
    }

    private static JsonObject ToJson(GmailDraft draft, StoredMessage message) => new()
    {
        ["id"] = draft.Id,
        ["message"] = GmailJson.Brief(message),
    };
}
