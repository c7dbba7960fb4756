using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MimeKit;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Gmail;

public sealed class SendTests
{
    private static readonly byte[] _workbook = [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0x0D, 0x0A, 0x0A, 0x7F];

    private static MimeMessage WithAttachment()
    {
        var message = Mail("Someone Else <someone@elsewhere.test>", Bob, "Quarterly report", "Numbers attached.");
        message.Bcc.Add(MailboxAddress.Parse("carol@example.com"));
        var body = new BodyBuilder { TextBody = "Numbers attached.", HtmlBody = "<p>Numbers <b>attached</b>.</p>" };
        body.Attachments.Add("report.xlsx", _workbook, new ContentType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        message.Body = body.ToMessageBody();
        return message;
    }

    [Fact]
    public async Task Send_MediaUpload_IsParsedBackInEveryFormat()
    {
        await using var api = await StartAsync();
        var content = new ByteArrayContent(Bytes(WithAttachment()));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var sent = await JsonAsync(await api.Http.PostAsync("upload/gmail/v1/users/me/messages/send?uploadType=media", content));
        var id = (string)sent["id"]!;
        Assert.Equal(["SENT"], sent["labelIds"]!.AsArray().Select(l => (string)l!));

        var full = await api.GetAsync($"gmail/v1/users/me/messages/{id}?format=full");
        var payload = full["payload"]!;
        Assert.Equal("", (string)payload["partId"]!);
        Assert.Equal("multipart/mixed", (string)payload["mimeType"]!);
        var headers = payload["headers"]!.AsArray().ToDictionary(h => (string)h!["name"]!, h => (string)h!["value"]!);
        Assert.Equal("Quarterly report", headers["Subject"]);
        Assert.Equal(Alice, headers["From"]); // Gmail sends as the account
        var alternative = payload["parts"]![0]!;
        Assert.Equal("0", (string)alternative["partId"]!);
        Assert.Equal("0.0", (string)alternative["parts"]![0]!["partId"]!);
        var plain = Encoding.UTF8.GetString(FromBase64Url((string)alternative["parts"]![0]!["body"]!["data"]!));
        Assert.Equal("Numbers attached.", plain.TrimEnd());
        var attachment = payload["parts"]![1]!;
        Assert.Equal("report.xlsx", (string)attachment["filename"]!);
        Assert.Null(attachment["body"]!["data"]);
        Assert.StartsWith("Numbers attached.", (string)full["snippet"]!);
        Assert.Equal(api.Server.Gmail.RawOf(Alice, id).Length, (int)full["sizeEstimate"]!);
        Assert.True(long.Parse((string)full["internalDate"]!) > 0);

        var data = await api.GetAsync($"gmail/v1/users/me/messages/{id}/attachments/{(string)attachment["body"]!["attachmentId"]!}");
        Assert.Equal(_workbook, FromBase64Url((string)data["data"]!));
        Assert.Equal(_workbook.Length, (int)data["size"]!);

        var raw = await api.GetAsync($"gmail/v1/users/me/messages/{id}?format=raw");
        Assert.Equal(api.Server.Gmail.RawOf(Alice, id), FromBase64Url((string)raw["raw"]!));
        Assert.Null(raw["payload"]);

        var metadata = await api.GetAsync($"gmail/v1/users/me/messages/{id}?format=metadata&metadataHeaders=subject");
        Assert.Equal(["Subject"], metadata["payload"]!["headers"]!.AsArray().Select(h => (string)h!["name"]!));

        var minimal = await api.GetAsync($"gmail/v1/users/me/messages/{id}?format=minimal");
        Assert.Null(minimal["payload"]);
        Assert.NotNull(minimal["historyId"]);
        Assert.Empty(api.Server.Violations);
    }

    [Fact]
    public async Task Send_ToAnotherAccount_DeliversWithoutBcc()
    {
        await using var api = await StartAsync();
        var content = new ByteArrayContent(Bytes(WithAttachment()));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        await JsonAsync(await api.Http.PostAsync("upload/gmail/v1/users/me/messages/send?uploadType=media", content));

        var received = Assert.Single(api.Server.Gmail.Mailbox(Bob).Messages);
        Assert.Equal(["INBOX", "UNREAD"], received.LabelIds);
        var raw = Encoding.UTF8.GetString(api.Server.Gmail.RawOf(Bob, received.Id));
        Assert.DoesNotContain("carol@example.com", raw);
        Assert.Contains("carol@example.com", Encoding.UTF8.GetString(api.Server.Gmail.RawOf(Alice, api.Server.Gmail.Mailbox(Alice).Messages[0].Id)));
        Assert.Equal(Alice, (string)(await api.GetAsync($"gmail/v1/users/me/messages/{received.Id}?format=metadata&metadataHeaders=From", client: api.BobHttp))
            ["payload"]!["headers"]![0]!["value"]!);
    }

    [Fact]
    public async Task Send_JsonRaw_ReplyJoinsThreadByReferencesAndSubject()
    {
        await using var api = await StartAsync();
        var original = Mail(Bob, Alice, "Lunch?", "Tomorrow at noon?");
        original.MessageId = "lunch-1@example.com";
        var firstId = api.Server.Gmail.Deliver(Alice, original);

        var reply = Mail(Alice, Bob, "Re: Lunch?", "Yes.");
        reply.InReplyTo = "lunch-1@example.com";
        reply.References.Add("lunch-1@example.com");
        var sent = await api.PostJsonAsync("gmail/v1/users/me/messages/send", new JsonObject { ["raw"] = Base64Url(Bytes(reply)) });
        Assert.Equal(firstId, (string)sent["threadId"]!);

        var other = Mail(Alice, Bob, "Different subject", "x");
        other.References.Add("lunch-1@example.com");
        var unrelated = await api.PostJsonAsync("gmail/v1/users/me/messages/send", new JsonObject { ["raw"] = Base64Url(Bytes(other)) });
        Assert.NotEqual(firstId, (string)unrelated["threadId"]!);

        var thread = await api.GetAsync($"gmail/v1/users/me/threads/{firstId}?format=minimal");
        Assert.Equal([firstId, (string)sent["id"]!], thread["messages"]!.AsArray().Select(m => (string)m!["id"]!));

        // Bob got the reply in his own thread, joined to nothing (he never had the original).
        Assert.Single(api.Server.Gmail.Mailbox(Bob).Messages, m => m.Subject == "Re: Lunch?");
    }

    [Fact]
    public async Task Send_MultipartUploadWithThreadId_JoinsThatThread()
    {
        await using var api = await StartAsync();
        var firstId = api.Server.Gmail.Deliver(Alice, Mail(Bob, Alice, "Plans", "Let's plan."));
        var multipart = new MultipartContent("related", "frontier");
        multipart.Add(new StringContent($$"""{"threadId":"{{firstId}}"}""", Encoding.UTF8, "application/json"));
        var media = new ByteArrayContent(Bytes(Mail(Alice, Bob, "Re: Plans", "Sure.")));
        media.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        multipart.Add(media);

        var sent = await JsonAsync(await api.Http.PostAsync("upload/gmail/v1/users/me/messages/send?uploadType=multipart", multipart));
        Assert.Equal(firstId, (string)sent["threadId"]!);
        Assert.Empty(api.Server.Violations);
    }

    [Fact]
    public async Task Send_ResumableUpload_CompletesAfterChunks()
    {
        await using var api = await StartAsync();
        var bytes = Bytes(Mail(Alice, Bob, "Chunked", "In two pieces."));
        var start = new HttpRequestMessage(HttpMethod.Post, "upload/gmail/v1/users/me/messages/send?uploadType=resumable")
        {
            Content = Json(new JsonObject()),
        };
        start.Headers.Add("X-Upload-Content-Type", "message/rfc822");
        var started = await api.Http.SendAsync(start);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var session = started.Headers.Location!;

        var half = bytes.Length / 2;
        var first = new ByteArrayContent(bytes[..half]);
        first.Headers.ContentRange = new ContentRangeHeaderValue(0, half - 1, bytes.Length);
        var partial = await api.Http.PutAsync(session, first);
        Assert.Equal(308, (int)partial.StatusCode);
        Assert.Equal($"bytes=0-{half - 1}", partial.Headers.GetValues("Range").Single());

        var second = new ByteArrayContent(bytes[half..]);
        second.Headers.ContentRange = new ContentRangeHeaderValue(half, bytes.Length - 1, bytes.Length);
        var done = await JsonAsync(await api.Http.PutAsync(session, second));
        Assert.Equal(bytes, api.Server.Gmail.RawOf(Alice, (string)done["id"]!));
        Assert.Empty(api.Server.Violations);
    }

    [Fact]
    public async Task Send_WithoutRecipients_IsRefused()
    {
        await using var api = await StartAsync();
        var message = Mail(Alice, Bob, "Nobody", "x");
        message.To.Clear();
        var error = await api.PostJsonAsync("gmail/v1/users/me/messages/send", new JsonObject { ["raw"] = Base64Url(Bytes(message)) }, 400);
        Assert.Equal("Recipient address required", (string)error["error"]!["message"]!);
    }

    [Fact]
    public async Task Send_JsonOverFiveMebibytes_IsRefusedLikeGoogle()
    {
        await using var api = await StartAsync();
        var raw = new string('A', 5 * 1024 * 1024 + 4);
        var error = await api.PostJsonAsync("gmail/v1/users/me/messages/send", new JsonObject { ["raw"] = raw }, 400);
        Assert.Equal("Request payload size exceeds the limit: 5242880 bytes.", (string)error["error"]!["message"]!);
        Assert.Equal("INVALID_ARGUMENT", (string)error["error"]!["status"]!);
    }

    [Fact]
    public async Task Send_LargeAttachmentOverUpload_IsAccepted()
    {
        await using var api = await StartAsync();
        var message = Mail(Alice, Bob, "Big", "See attachment.");
        var body = new BodyBuilder { TextBody = "See attachment." };
        body.Attachments.Add("big.bin", new byte[6 * 1024 * 1024], new ContentType("application", "octet-stream"));
        message.Body = body.ToMessageBody();
        var content = new ByteArrayContent(Bytes(message));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var sent = await JsonAsync(await api.Http.PostAsync("upload/gmail/v1/users/me/messages/send?uploadType=media", content));
        var full = await api.GetAsync($"gmail/v1/users/me/messages/{(string)sent["id"]!}");
        Assert.Equal(6 * 1024 * 1024, (int)full["payload"]!["parts"]![1]!["body"]!["size"]!);
    }
}
