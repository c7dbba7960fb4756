using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Gmail;

public sealed class HistoryTests
{
    [Fact]
    public async Task HistoryList_ReportsChangesSinceTheStartId()
    {
        await using var api = await StartAsync();
        var start = (string)(await api.GetAsync("gmail/v1/users/me/profile"))["historyId"]!;
        var id = api.Server.Gmail.Deliver(Alice, Mail(Bob, Alice, "News", "Hello"));
        await api.PostJsonAsync($"gmail/v1/users/me/messages/{id}/modify",
            new JsonObject { ["addLabelIds"] = new JsonArray("STARRED"), ["removeLabelIds"] = new JsonArray("UNREAD") });
        await api.Http.DeleteAsync($"gmail/v1/users/me/messages/{id}");

        var history = await api.GetAsync($"gmail/v1/users/me/history?startHistoryId={start}");
        var records = history["history"]!.AsArray();
        Assert.Equal(["messagesAdded", "labelsAdded", "labelsRemoved", "messagesDeleted"],
            records.Select(r => r!.AsObject().Select(p => p.Key).Single(k => k is not ("id" or "messages"))));
        Assert.Equal(["STARRED"], records[1]!["labelsAdded"]![0]!["labelIds"]!.AsArray().Select(l => (string)l!));
        Assert.Equal(id, (string)records[0]!["messagesAdded"]![0]!["message"]!["id"]!);
        Assert.Equal(["INBOX", "UNREAD"], records[0]!["messagesAdded"]![0]!["message"]!["labelIds"]!.AsArray().Select(l => (string)l!));
        var ids = records.Select(r => ulong.Parse((string)r!["id"]!)).ToArray();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids[^1].ToString(), (string)history["historyId"]!);

        var added = await api.GetAsync($"gmail/v1/users/me/history?startHistoryId={start}&historyTypes=messageAdded");
        Assert.Single(added["history"]!.AsArray());
        var starred = await api.GetAsync($"gmail/v1/users/me/history?startHistoryId={start}&labelId=STARRED");
        Assert.Equal(3, starred["history"]!.AsArray().Count); // added, removed-while-starred, deleted-while-starred
        var none = await api.GetAsync($"gmail/v1/users/me/history?startHistoryId={ids[^1]}");
        Assert.Null(none["history"]);
    }

    [Fact]
    public async Task HistoryList_TooOldStartId_IsNotFound()
    {
        await using var api = await StartAsync();
        var start = (string)(await api.GetAsync("gmail/v1/users/me/profile"))["historyId"]!;
        api.Server.Gmail.Deliver(Alice, Mail(Bob, Alice, "One", "x"));
        api.Server.Gmail.Mailbox(Alice).ForgetHistory();

        var error = await api.GetAsync($"gmail/v1/users/me/history?startHistoryId={start}", 404);
        Assert.Equal("NOT_FOUND", (string)error["error"]!["status"]!);
        Assert.Equal("notFound", (string)error["error"]!["errors"]![0]!["reason"]!);
        var current = api.Server.Gmail.Mailbox(Alice).HistoryId;
        await api.GetAsync($"gmail/v1/users/me/history?startHistoryId={current}");
    }
}
