using System.Text.Json.Nodes;
using MimeKit;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Gmail;

public sealed class SearchTests
{
    private static readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    /// <summary>Five messages in Alice's mailbox: ids in delivery order.</summary>
    private static async Task<(GoogleApi Api, string[] Ids)> MailboxAsync()
    {
        var api = await StartAsync();
        var gmail = api.Server.Gmail;
        var invoice = Mail("Billing <billing@shop.test>", Alice, "Invoice 42", "Your invoice for March is ready.", _now.AddDays(-10));
        var withFile = new BodyBuilder { TextBody = "Slides for the meeting." };
        withFile.Attachments.Add("slides.pdf", new byte[] { 1, 2, 3 }, new ContentType("application", "pdf"));
        var slides = Mail(Bob, Alice, "Meeting slides", "", _now.AddDays(-1));
        slides.Body = withFile.ToMessageBody();
        string[] ids =
        [
            gmail.Deliver(Alice, invoice, "INBOX"),
            gmail.Deliver(Alice, slides),
            gmail.Deliver(Alice, Mail(Bob, Alice, "Weekend hike", "Meeting point: the old bridge.", _now.AddHours(-2)), "INBOX", "UNREAD", "STARRED"),
            gmail.Deliver(Alice, Mail("spammer@bad.test", Alice, "You won", "Claim your prize", _now.AddHours(-1)), "SPAM"),
            gmail.Deliver(Alice, Mail(Alice, Bob, "Old note", "meetings are long", new DateTimeOffset(2020, 5, 1, 12, 0, 0, TimeSpan.Zero)), "SENT"),
        ];
        return (api, ids);
    }

    [Theory]
    [InlineData("from:billing", new[] { 0 })]
    [InlineData("from:bob@example.com", new[] { 2, 1 })]
    [InlineData("to:bob", new[] { 4 })]
    [InlineData("subject:meeting", new[] { 1 })]
    [InlineData("meeting", new[] { 2, 1 })]
    [InlineData("\"old bridge\"", new[] { 2 })]
    [InlineData("\"bridge old\"", new int[0])]
    [InlineData("is:unread", new[] { 2, 1 })]
    [InlineData("is:read", new[] { 0, 4 })]
    [InlineData("is:starred", new[] { 2 })]
    [InlineData("has:attachment", new[] { 1 })]
    [InlineData("filename:pdf", new[] { 1 })]
    [InlineData("in:inbox -is:unread", new[] { 0 })]
    [InlineData("in:sent", new[] { 4 })]
    [InlineData("in:spam", new[] { 3 })]
    [InlineData("in:anywhere prize", new[] { 3 })]
    [InlineData("prize", new int[0])]
    [InlineData("invoice OR hike", new[] { 2, 0 })]
    [InlineData("from:bob -subject:hike", new[] { 1 })]
    [InlineData("before:2021/01/01", new[] { 4 })]
    [InlineData("after:2021/01/01 from:bob", new[] { 2, 1 })]
    [InlineData("newer_than:3d", new[] { 2, 1 })]
    [InlineData("older_than:1y", new[] { 4 })]
    [InlineData("label:inbox {hike invoice}", new[] { 2, 0 })]
    public async Task List_Query_FindsWhatGmailWould(string q, int[] expected)
    {
        var (api, ids) = await MailboxAsync();
        await using var _ = api;
        var found = await api.ListIdsAsync("q=" + Uri.EscapeDataString(q));
        Assert.Equal(expected.Select(i => ids[i]), found);
        Assert.Empty(api.Server.Violations);
    }

    [Fact]
    public async Task List_LabelIdsAndSpamTrash_FilterAsGmailDoes()
    {
        var (api, ids) = await MailboxAsync();
        await using var _ = api;
        Assert.Equal([ids[2], ids[1]], await api.ListIdsAsync("labelIds=INBOX&labelIds=UNREAD"));
        Assert.Equal([ids[3]], await api.ListIdsAsync("labelIds=SPAM"));
        Assert.Equal(5, (await api.ListIdsAsync("includeSpamTrash=true")).Length);
        Assert.Equal(4, (await api.ListIdsAsync("")).Length);
    }

    [Fact]
    public async Task List_Pages_CarryOnWithTheToken()
    {
        var (api, ids) = await MailboxAsync();
        await using var _ = api;
        var first = await api.GetAsync("gmail/v1/users/me/messages?maxResults=3");
        Assert.Equal(4, (int)first["resultSizeEstimate"]!);
        Assert.Equal([ids[2], ids[1], ids[0]], first["messages"]!.AsArray().Select(m => (string)m!["id"]!));
        Assert.Equal(ids[2], (string)first["messages"]![0]!["threadId"]!);
        var second = await api.GetAsync($"gmail/v1/users/me/messages?maxResults=3&pageToken={(string)first["nextPageToken"]!}");
        Assert.Equal([ids[4]], second["messages"]!.AsArray().Select(m => (string)m!["id"]!));
        Assert.Null(second["nextPageToken"]);

        var none = await api.GetAsync("gmail/v1/users/me/messages?q=nothingmatches");
        Assert.Null(none["messages"]);
        Assert.Equal(0, (int)none["resultSizeEstimate"]!);
        await api.GetAsync("gmail/v1/users/me/messages?pageToken=garbage", 400);
    }

    [Fact]
    public async Task ThreadsList_GroupsMessagesOfAThread()
    {
        await using var api = await StartAsync();
        var gmail = api.Server.Gmail;
        var question = Mail(Bob, Alice, "Question", "What time?", _now.AddHours(-3));
        question.MessageId = "q1@example.com";
        var first = gmail.Deliver(Alice, question);
        var answer = Mail(Bob, Alice, "RE: question", "Never mind, found it.", _now.AddHours(-1));
        answer.InReplyTo = "q1@example.com";
        gmail.Deliver(Alice, answer);
        var other = gmail.Deliver(Alice, Mail(Bob, Alice, "Other", "x", _now.AddHours(-2)));

        var threads = await api.GetAsync("gmail/v1/users/me/threads");
        Assert.Equal([first, other], threads["threads"]!.AsArray().Select(t => (string)t!["id"]!));
        Assert.Equal("Never mind, found it.", (string)threads["threads"]![0]!["snippet"]!);
        var thread = await api.GetAsync($"gmail/v1/users/me/threads/{first}?format=metadata&metadataHeaders=Subject");
        Assert.Equal(["Question", "RE: question"], thread["messages"]!.AsArray().Select(m => (string)m!["payload"]!["headers"]![0]!["value"]!));
    }

    [Fact]
    public async Task List_FieldsParameter_TrimsTheResponse()
    {
        var (api, _) = await MailboxAsync();
        await using var __ = api;
        var trimmed = await api.GetAsync("gmail/v1/users/me/messages?fields=messages(id)");
        Assert.Equal(["messages"], trimmed.Select(p => p.Key));
        Assert.All(trimmed["messages"]!.AsArray(), m => Assert.Equal(["id"], m!.AsObject().Select(p => p.Key)));
    }
}
