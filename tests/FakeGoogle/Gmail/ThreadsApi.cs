using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>users.threads.*: a thread is every message sharing a threadId, oldest first.</summary>
internal sealed class ThreadsApi(FakeGmail gmail)
{
    private const string Prefix = "gmail.users.threads.";

    public void Map(ApiRoutes routes)
    {
        routes.Map(Prefix + "list", List);
        routes.Map(Prefix + "get", Get);
        routes.Map(Prefix + "modify", Modify);
        routes.Map(Prefix + "trash", call => Each(call, (mailbox, id) => MessagesApi.Trash(mailbox, id)));
        routes.Map(Prefix + "untrash", call => Each(call, (mailbox, id) => MessagesApi.Untrash(mailbox, id)));
        routes.Map(Prefix + "delete", Delete);
    }

    private ApiResult List(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        // A thread matches when any of its messages does; threads are ordered by their newest matching message.
        var threads = MessagesApi.Search(gmail, mailbox, call).Select(m => m.ThreadId).Distinct().ToArray();
        var (page, next) = PageToken.Page(threads, call.Query.Get("pageToken"), GmailJson.PageSize(call.Query.GetInt("maxResults")));
        var result = new JsonObject();
        if (page.Count > 0)
            result["threads"] = new JsonArray(page.Select(id =>
            {
                var messages = mailbox.Thread(id);
                return (JsonNode)new JsonObject
                {
                    ["id"] = id,
                    ["snippet"] = messages[^1].Facts.Snippet,
                    ["historyId"] = GmailJson.Number(messages.Max(m => m.HistoryId)),
                };
            }).ToArray());
        if (next is not null) result["nextPageToken"] = next;
        result["resultSizeEstimate"] = threads.Length;
        return ApiResult.Ok(result);
    }

    private ApiResult Get(ApiCall call)
    {
        var messages = RequireThread(gmail.MailboxOf(call), call.Path("id"));
        var format = MessagesApi.Format(call);
        var headers = call.Query.All("metadataHeaders");
        return ApiResult.Ok(new JsonObject
        {
            ["id"] = call.Path("id"),
            ["historyId"] = GmailJson.Number(messages.Max(m => m.HistoryId)),
            ["messages"] = new JsonArray(messages.Select(m => (JsonNode)MessageRenderer.Render(m, format, headers)).ToArray()),
        });
    }

    private ApiResult Modify(ApiCall call)
    {
        var add = GmailJson.StringList(call.Body?["addLabelIds"]);
        var remove = GmailJson.StringList(call.Body?["removeLabelIds"]);
        return Each(call, (mailbox, id) => mailbox.ChangeLabels(id, add, remove));
    }

    private ApiResult Delete(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        foreach (var message in RequireThread(mailbox, call.Path("id"))) mailbox.Delete(message.Id);
        return ApiResult.NoContent;
    }

    private ApiResult Each(ApiCall call, Func<Mailbox, string, StoredMessage> change)
    {
        var mailbox = gmail.MailboxOf(call);
        var changed = RequireThread(mailbox, call.Path("id")).Select(m => change(mailbox, m.Id)).ToArray();
        return ApiResult.Ok(new JsonObject
        {
            ["id"] = call.Path("id"),
            ["historyId"] = GmailJson.Number(changed.Max(m => m.HistoryId)),
            ["messages"] = new JsonArray(changed.Select(m => (JsonNode)GmailJson.Brief(m)).ToArray()),
        });
    }

    private static IReadOnlyList<StoredMessage> RequireThread(Mailbox mailbox, string threadId)
    {
        var messages = mailbox.Thread(threadId);
        return messages.Count > 0 ? messages : throw ApiException.NotFound();
    }
}
