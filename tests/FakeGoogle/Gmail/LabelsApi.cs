using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>users.labels.*: system labels are fixed, user labels are Label_N; names are unique, case-insensitively.</summary>
internal sealed class LabelsApi(FakeGmail gmail)
{
    private const string Prefix = "gmail.users.labels.";

    public void Map(ApiRoutes routes)
    {
        routes.Map(Prefix + "list", call => ApiResult.Ok(new JsonObject
        {
            ["labels"] = new JsonArray(gmail.MailboxOf(call).Labels.Select(l => (JsonNode)ToJson(l)).ToArray()),
        }));
        routes.Map(Prefix + "get", Get);
        routes.Map(Prefix + "create", call => ApiResult.Ok(ToJson(gmail.MailboxOf(call).CreateLabel(FromJson("", call.Body!.AsObject(), null)))));
        routes.Map(Prefix + "update", call => Replace(call, merge: false));
        routes.Map(Prefix + "patch", call => Replace(call, merge: true));
        routes.Map(Prefix + "delete", call =>
        {
            gmail.MailboxOf(call).DeleteLabel(call.Path("id"));
            return ApiResult.NoContent;
        });
    }

    private ApiResult Get(ApiCall call)
    {
        var mailbox = gmail.MailboxOf(call);
        var label = mailbox.FindLabel(call.Path("id")) ?? throw ApiException.NotFound();
        var json = ToJson(label);
        var labelled = mailbox.Snapshot().Where(m => m.Has(label.Id)).ToArray();
        json["messagesTotal"] = labelled.Length;
        json["messagesUnread"] = labelled.Count(m => m.Has(SystemLabels.Unread));
        json["threadsTotal"] = labelled.Select(m => m.ThreadId).Distinct().Count();
        json["threadsUnread"] = labelled.Where(m => m.Has(SystemLabels.Unread)).Select(m => m.ThreadId).Distinct().Count();
        return ApiResult.Ok(json);
    }

    // update replaces the label with the body; patch changes only the fields the body names.
    private ApiResult Replace(ApiCall call, bool merge)
    {
        var mailbox = gmail.MailboxOf(call);
        var existing = mailbox.FindLabel(call.Path("id")) ?? throw ApiException.NotFound();
        var label = FromJson(existing.Id, call.Body!.AsObject(), merge ? existing : null);
        return ApiResult.Ok(ToJson(mailbox.ReplaceLabel(label)));
    }

    private static GmailLabel FromJson(string id, JsonObject body, GmailLabel? basis) => new(
        id,
        (string?)body["name"] ?? basis?.Name ?? "",
        "user",
        (string?)body["messageListVisibility"] ?? basis?.MessageListVisibility,
        (string?)body["labelListVisibility"] ?? basis?.LabelListVisibility,
        body["color"] is JsonObject color ? (string?)color["textColor"] : basis?.TextColor,
        body["color"] is JsonObject color2 ? (string?)color2["backgroundColor"] : basis?.BackgroundColor);

    private static JsonObject ToJson(GmailLabel label)
    {
        var json = new JsonObject { ["id"] = label.Id, ["name"] = label.Name };
        if (label.MessageListVisibility is not null) json["messageListVisibility"] = label.MessageListVisibility;
        if (label.LabelListVisibility is not null) json["labelListVisibility"] = label.LabelListVisibility;
        json["type"] = label.Type;
        if (label.TextColor is not null || label.BackgroundColor is not null)
            json["color"] = new JsonObject { ["textColor"] = label.TextColor, ["backgroundColor"] = label.BackgroundColor };
        return json;
    }
}
