using System.Globalization;
using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>users.history.list: changes after startHistoryId, optionally only some kinds or those touching one label.</summary>
internal sealed class HistoryApi(FakeGmail gmail)
{
    private static readonly Dictionary<string, HistoryKind> _kinds = new(StringComparer.Ordinal)
    {
        ["messageAdded"] = HistoryKind.MessageAdded,
        ["messageDeleted"] = HistoryKind.MessageDeleted,
        ["labelAdded"] = HistoryKind.LabelAdded,
        ["labelRemoved"] = HistoryKind.LabelRemoved,
    };

    public void Map(ApiRoutes routes) => routes.Map("gmail.users.history.list", List);

    private ApiResult List(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var start = ulong.Parse(call.Query.Get("startHistoryId")!, CultureInfo.InvariantCulture);
        var kinds = call.Query.All("historyTypes").Select(t => _kinds[t]).ToHashSet();
        var labelId = call.Query.Get("labelId");
        var records = mailbox.HistorySince(start)
            .Where(r => kinds.Count == 0 || kinds.Contains(r.Kind))
            .Where(r => labelId is null || r.LabelsAfter.Contains(labelId) || r.ChangedLabels.Contains(labelId))
            .ToArray();
        var (page, next) = PageToken.Page(records, call.Query.Get("pageToken"), GmailJson.PageSize(call.Query.GetInt("maxResults")));
        var result = new JsonObject();
        if (page.Count > 0) result["history"] = new JsonArray(page.Select(r => (JsonNode)ToJson(r)).ToArray());
        if (next is not null) result["nextPageToken"] = next;
        result["historyId"] = GmailJson.Number(mailbox.HistoryId);
        return ApiResult.Ok(result);
    }

    private static JsonObject ToJson(HistoryRecord record)
    {
        var ids = new JsonObject { ["id"] = record.MessageId, ["threadId"] = record.ThreadId };
        var message = new JsonObject
        {
            ["id"] = record.MessageId,
            ["threadId"] = record.ThreadId,
            ["labelIds"] = GmailJson.Strings(record.LabelsAfter),
        };
        var change = new JsonObject { ["message"] = message };
        if (record.Kind is HistoryKind.LabelAdded or HistoryKind.LabelRemoved)
            change["labelIds"] = GmailJson.Strings(record.ChangedLabels);
        var key = record.Kind switch
        {
            HistoryKind.MessageAdded => "messagesAdded",
            HistoryKind.MessageDeleted => "messagesDeleted",
            HistoryKind.LabelAdded => "labelsAdded",
            _ => "labelsRemoved",
        };
        return new JsonObject
        {
            ["id"] = GmailJson.Number(record.Id),
            ["messages"] = new JsonArray(ids),
            [key] = new JsonArray(change),
        };
    }
}
