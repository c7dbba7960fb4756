using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Gmail;

public sealed class MailboxTests
{
    [Fact]
    public async Task Insert_KeepsGivenLabelsAndDateHeader()
    {
        await using var api = await StartAsync();
        var date = new DateTimeOffset(2024, 2, 29, 8, 30, 0, TimeSpan.Zero);
        var inserted = await api.PostJsonAsync("gmail/v1/users/me/messages?internalDateSource=dateHeader", new JsonObject
        {
            ["raw"] = Base64Url(Bytes(Mail(Bob, Alice, "Archived", "old mail", date))),
            ["labelIds"] = new JsonArray("INBOX"),
        });
        var info = api.Server.Gmail.Mailbox(Alice).Messages.Single();
        Assert.Equal((string)inserted["id"]!, info.Id);
        Assert.Equal(["INBOX"], info.LabelIds);
        Assert.Equal(date, info.InternalDate);
        Assert.Empty(api.Server.Gmail.Mailbox(Bob).Messages); // inserting is not sending
    }

    [Fact]
    public async Task Send_WithUnknownThreadId_IsRefused()
    {
        await using var api = await StartAsync();
        var error = await api.PostJsonAsync("gmail/v1/users/me/messages/send",
            new JsonObject { ["raw"] = Base64Url(Bytes(Mail(Alice, Bob, "x", "y"))), ["threadId"] = "18cffffffffffff0" }, 400);
        Assert.Equal("Invalid thread_id value", (string)error["error"]!["message"]!);
    }

    [Fact]
    public async Task ThreadsModifyAndTrash_ChangeEveryMessage()
    {
        await using var api = await StartAsync();
        var first = Mail(Bob, Alice, "Topic", "one");
        first.MessageId = "topic-1@example.com";
        var threadId = api.Server.Gmail.Deliver(Alice, first);
        var second = Mail(Bob, Alice, "Re: Topic", "two");
        second.References.Add("topic-1@example.com");
        api.Server.Gmail.Deliver(Alice, second);

        var modified = await api.PostJsonAsync($"gmail/v1/users/me/threads/{threadId}/modify",
            new JsonObject { ["removeLabelIds"] = new JsonArray("UNREAD") });
        Assert.Equal(2, modified["messages"]!.AsArray().Count);
        Assert.Empty(await api.ListIdsAsync("q=is:unread", "threads"));
        await api.PostJsonAsync($"gmail/v1/users/me/threads/{threadId}/trash", new JsonObject());
        Assert.Equal([threadId], await api.ListIdsAsync("q=in:trash", "threads"));
        Assert.Equal(204, (int)(await api.Http.DeleteAsync($"gmail/v1/users/me/threads/{threadId}")).StatusCode);
        Assert.Empty(api.Server.Gmail.Mailbox(Alice).Messages);
    }

    [Fact]
    public async Task ConcurrentSends_EachGetTheirOwnIdAndHistory()
    {
        await using var api = await StartAsync();
        var start = api.Server.Gmail.Mailbox(Alice).HistoryId;
        var sends = Enumerable.Range(0, 40).Select(i => api.PostJsonAsync("gmail/v1/users/me/messages/send",
            new JsonObject { ["raw"] = Base64Url(Bytes(Mail(Alice, Bob, $"Parallel {i}", "x"))) }));
        var sent = await Task.WhenAll(sends);

        Assert.Equal(40, sent.Select(s => (string)s["id"]!).Distinct().Count());
        Assert.Equal(40, api.Server.Gmail.Mailbox(Bob).Messages.Count);
        Assert.Equal(start + 40, api.Server.Gmail.Mailbox(Alice).HistoryId);
        var profile = await api.GetAsync("gmail/v1/users/me/profile", client: api.BobHttp);
        Assert.Equal(40, (int)profile["messagesTotal"]!);
        Assert.Equal(40, (int)profile["threadsTotal"]!);
    }
}
