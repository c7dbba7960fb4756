using System.Security.Cryptography;
using MimeKit;

namespace McpServers.Gmail.Tests;

public sealed class SendTests
{
    [Fact]
    public async Task SendEmail_WritesAMessageAnIndependentParserReadsExactlyAsGiven()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var report = Path.Combine(gmail.Attachments, "Quartalsbericht März.pdf");
        await File.WriteAllBytesAsync(report, RandomNumberGenerator.GetBytes(40_000));
        var csv = "name,amount\nAda,1\n"u8.ToArray();

        var sent = await gmail.OkAsync("send_email", new
        {
            to = new[] { "\"Lovelace, Ada\" <ada.l@example.org>" },
            cc = new[] { "charles@example.org" },
            subject = "Grüße — état des lieux ✓",
            body = "Hello Ada,\nthe numbers are attached.",
            htmlBody = "<p>Hello <b>Ada</b>,</p><p>the numbers are attached.</p>",
            attachments = new object[]
            {
                new { path = report },
                new { filename = "numbers.csv", mimeType = "text/csv", contentBase64 = Convert.ToBase64String(csv) },
            },
        });

        var raw = gmail.Google.Gmail.RawOf(GmailHarness.Work, (string)sent["id"]!);
        var parsed = await MimeCheck.ParseAsync(raw);
        Assert.Equal("Grüße — état des lieux ✓", (string?)parsed["subject"]);
        Assert.Equal("Lovelace, Ada", (string?)parsed["to"]![0]![0]);
        Assert.Equal("ada.l@example.org", (string?)parsed["to"]![0]![1]);
        Assert.Equal("charles@example.org", (string?)parsed["cc"]![0]![1]);
        Assert.Equal(GmailHarness.Work, (string?)parsed["from"]![0]![1]);
        Assert.Equal("multipart/mixed", (string?)parsed["contentType"]);
        Assert.Equal("Hello Ada,\nthe numbers are attached.", ((string?)parsed["text"])!.TrimEnd().ReplaceLineEndings("\n"));
        Assert.Contains("<b>Ada</b>", (string?)parsed["html"]);
        var attachments = parsed["attachments"]!.AsArray();
        Assert.Equal(2, attachments.Count);
        Assert.Equal("Quartalsbericht März.pdf", (string?)attachments[0]!["filename"]);
        Assert.Equal("application/pdf", (string?)attachments[0]!["type"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(report))), (string?)attachments[0]!["sha256"]);
        Assert.Equal("numbers.csv", (string?)attachments[1]!["filename"]);
        Assert.Equal("text/csv", (string?)attachments[1]!["type"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(csv)), (string?)attachments[1]!["sha256"]);
        Assert.Contains("SENT", sent["labels"]!.AsArray().Select(l => (string?)l));
    }

    [Fact]
    public async Task ReplyEmail_SetsInReplyToAndReferences_AndStaysInTheThread()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var original = new MimeMessage();
        original.From.Add(new MailboxAddress("Grace Hopper", "grace@example.org"));
        original.To.Add(new MailboxAddress("", GmailHarness.Work));
        original.Subject = "Compiler meeting";
        original.MessageId = "first@example.org";
        original.References.Add("root@example.org");
        original.Body = new TextPart("plain") { Text = "Shall we meet on Tuesday?" };
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, original, "INBOX", "UNREAD");
        var threadId = (string)(await gmail.OkAsync("read_email", new { messageId = id }))["threadId"]!;

        var reply = await gmail.OkAsync("reply_email", new { messageId = id, body = "Tuesday works." });

        Assert.Equal(threadId, (string?)reply["threadId"]);
        var parsed = await MimeCheck.ParseAsync(gmail.Google.Gmail.RawOf(GmailHarness.Work, (string)reply["id"]!));
        Assert.Equal("Re: Compiler meeting", (string?)parsed["subject"]);
        Assert.Equal("<first@example.org>", (string?)parsed["inReplyTo"]);
        Assert.Equal("<root@example.org> <first@example.org>", (string?)parsed["references"]);
        Assert.Equal("grace@example.org", (string?)parsed["to"]![0]![1]);
        Assert.StartsWith("Tuesday works.", (string?)parsed["text"]);
        Assert.Contains("> Shall we meet on Tuesday?", (string?)parsed["text"]);
    }

    [Fact]
    public async Task SendEmail_WithInReplyTo_ThreadsLikeReply()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var original = new MimeMessage();
        original.From.Add(new MailboxAddress("", "grace@example.org"));
        original.To.Add(new MailboxAddress("", GmailHarness.Work));
        original.Subject = "Plan";
        original.MessageId = "plan@example.org";
        original.Body = new TextPart("plain") { Text = "?" };
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, original, "INBOX");

        var sent = await gmail.OkAsync("send_email", new { to = new[] { "grace@example.org" }, subject = "Re: Plan", body = "Yes.", inReplyTo = id });

        var thread = await gmail.OkAsync("read_thread", new { threadId = (string)sent["threadId"]! });
        Assert.Equal(2, thread["messages"]!.AsArray().Count);
        var parsed = await MimeCheck.ParseAsync(gmail.Google.Gmail.RawOf(GmailHarness.Work, (string)sent["id"]!));
        Assert.Equal("<plan@example.org>", (string?)parsed["inReplyTo"]);
    }

    [Fact]
    public async Task SendEmail_LargerThanTheJsonLimit_GoesThroughTheUploadEndpoint()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var big = Path.Combine(gmail.Attachments, "video.bin");
        await File.WriteAllBytesAsync(big, RandomNumberGenerator.GetBytes(6 * 1024 * 1024));

        var sent = await gmail.OkAsync("send_email", new { to = new[] { "grace@example.org" }, subject = "big", body = "see attached", attachments = new[] { new { path = big } } });

        Assert.Contains(gmail.Google.Requests, r => r.Path.StartsWith("/upload/gmail/v1/users/me/messages/send", StringComparison.Ordinal));
        var parsed = await MimeCheck.ParseAsync(gmail.Google.Gmail.RawOf(GmailHarness.Work, (string)sent["id"]!));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(big))), (string?)parsed["attachments"]![0]!["sha256"]);
    }

    [Fact]
    public async Task SendEmail_BadInput_IsAClearError_AndNothingIsSent()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var outside = Path.Combine(gmail.Folder, "secret.txt");
        await File.WriteAllTextAsync(outside, "not for mail");

        Assert.Contains("to[1]: 'not an address' is not an email address",
            await gmail.ErrorAsync("send_email", new { to = new[] { "a@example.org", "not an address" }, subject = "x", body = "x" }));
        Assert.Contains("outside the folders files may be attached from",
            await gmail.ErrorAsync("send_email", new { to = new[] { "a@example.org" }, subject = "x", attachments = new[] { new { path = outside } } }));
        Assert.Contains("No file at",
            await gmail.ErrorAsync("send_email", new { to = new[] { "a@example.org" }, subject = "x", attachments = new[] { new { path = Path.Combine(gmail.Attachments, "missing.pdf") } } }));
        Assert.Contains("at most 35 MiB", await gmail.ErrorAsync("send_email", new
        {
            to = new[] { "a@example.org" }, subject = "x",
            attachments = new[] { new { filename = "huge.bin", contentBase64 = Convert.ToBase64String(new byte[36 * 1024 * 1024]) } },
        }));
        Assert.DoesNotContain(gmail.Google.Requests, r => r.Path.Contains("/send", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForwardEmail_CarriesTheAttachmentsAndTheOriginalBelowTheNote()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var body = new BodyBuilder { TextBody = "The plan is attached." };
        body.Attachments.Add("plan.txt", "step 1"u8.ToArray(), new ContentType("text", "plain"));
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, TestMail.Create("Plan", body.ToMessageBody()), "INBOX");

        var sent = await gmail.OkAsync("forward_email", new { messageId = id, to = new[] { "alan@example.org" }, body = "FYI" });
        var unknown = await gmail.ErrorAsync("forward_email", new { messageId = "nope", to = new[] { "alan@example.org" } });

        var parsed = await MimeCheck.ParseAsync(gmail.Google.Gmail.RawOf(GmailHarness.Work, (string)sent["id"]!));
        Assert.Equal("Fwd: Plan", (string?)parsed["subject"]);
        Assert.StartsWith("FYI", (string?)parsed["text"]);
        Assert.Contains("The plan is attached.", (string?)parsed["text"]);
        Assert.Equal("plan.txt", (string?)Assert.Single(parsed["attachments"]!.AsArray())!["filename"]);
        Assert.Contains("message 'nope' was not found", unknown);
    }

    [Fact]
    public async Task ReplyEmail_ToOnesOwnSentMessage_GoesToItsRecipients()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var sent = await gmail.OkAsync("send_email", new { to = new[] { "grace@example.org" }, subject = "Agenda", body = "Draft agenda." });

        var followUp = await gmail.OkAsync("reply_email", new { messageId = (string)sent["id"]!, body = "One more item." });

        var parsed = await MimeCheck.ParseAsync(gmail.Google.Gmail.RawOf(GmailHarness.Work, (string)followUp["id"]!));
        Assert.Equal("grace@example.org", (string?)Assert.Single(parsed["to"]!.AsArray())![1]);
        Assert.Equal((string?)sent["threadId"], (string?)followUp["threadId"]);
    }
}
