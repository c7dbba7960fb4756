using MimeKit;

namespace McpServers.Gmail.Tests;

public sealed class ReadTests
{
    private static MimeMessage Mail(string from, string subject, MimeEntity body) => TestMail.Create(subject, body, from);

    [Fact]
    public async Task SearchEmails_FindsByGmailQuery_WithHeadersSnippetAndLabels()
    {
        await using var gmail = await GmailHarness.StartAsync();
        gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("grace@example.org", "Invoice 42", new TextPart("plain") { Text = "Please pay." }), "INBOX", "UNREAD");
        gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("alan@example.org", "Lunch", new TextPart("plain") { Text = "Noon?" }), "INBOX");

        var found = await gmail.OkAsync("search_emails", new { query = "from:grace@example.org is:unread" });

        var message = Assert.Single(found["messages"]!.AsArray())!;
        Assert.Equal("Invoice 42", (string?)message["subject"]);
        Assert.Contains("grace@example.org", (string?)message["from"]);
        Assert.Contains("UNREAD", message["labels"]!.AsArray().Select(l => (string?)l));
        Assert.Contains("Please pay", (string?)message["snippet"]);
    }

    [Fact]
    public async Task SearchEmails_Pages()
    {
        await using var gmail = await GmailHarness.StartAsync();
        for (var i = 0; i < 5; i++)
            gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("grace@example.org", $"Note {i}", new TextPart("plain") { Text = "x" }), "INBOX");

        var first = await gmail.OkAsync("search_emails", new { query = "from:grace@example.org", maxResults = 3 });
        var second = await gmail.OkAsync("search_emails", new { query = "from:grace@example.org", maxResults = 3, pageToken = (string)first["nextPageToken"]! });

        Assert.Equal(3, first["messages"]!.AsArray().Count);
        Assert.Equal(2, second["messages"]!.AsArray().Count);
        Assert.Empty(first["messages"]!.AsArray().Select(m => (string?)m!["id"]).Intersect(second["messages"]!.AsArray().Select(m => (string?)m!["id"])));
    }

    [Fact]
    public async Task ReadEmail_HtmlOnlyMail_IsReadableText_WithItsAttachmentsListed()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var builder = new BodyBuilder { HtmlBody = "<html><body><h1>Release</h1><p>Version <b>2.0</b> is out.</p><ul><li>faster</li><li>safer</li></ul></body></html>" };
        builder.Attachments.Add("notes.txt", "release notes"u8.ToArray(), new ContentType("text", "plain"));
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("news@example.org", "Release", builder.ToMessageBody()), "INBOX");

        var email = await gmail.OkAsync("read_email", new { messageId = id });

        var body = (string)email["body"]!;
        Assert.Contains("# Release", body);
        Assert.Contains("Version 2.0 is out.", body);
        Assert.Contains("- faster", body);
        Assert.DoesNotContain("<b>", body);
        var attachment = Assert.Single(email["attachments"]!.AsArray())!;
        Assert.Equal("notes.txt", (string?)attachment["filename"]);
        Assert.Equal(13, (long)attachment["size"]!);
    }

    [Fact]
    public async Task ReadEmail_LongBody_ComesInPieces_WithNextOffset()
    {
        await using var gmail = await GmailHarness.StartAsync(["--max-body-chars", "1000"]);
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => $"line {i:000}\n"));
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("grace@example.org", "Long", new TextPart("plain") { Text = text }), "INBOX");

        var first = await gmail.OkAsync("read_email", new { messageId = id });
        var rest = new System.Text.StringBuilder((string)first["body"]!);
        var next = (int?)first["nextOffset"];
        while (next is { } offset)
        {
            var page = await gmail.OkAsync("read_email", new { messageId = id, offset });
            rest.Append((string)page["body"]!);
            next = (int?)page["nextOffset"];
        }

        Assert.Equal(1000, ((string)first["body"]!).Length);
        Assert.Contains("call read_email with offset=1000", (string?)first["note"]);
        Assert.Equal(text.TrimEnd('\n'), rest.ToString().TrimEnd('\n'));
    }

    [Fact]
    public async Task ReadEmail_UnknownId_NamesTheMessageNotFound()
    {
        await using var gmail = await GmailHarness.StartAsync();

        Assert.Contains("message 'does-not-exist' was not found in account 'work'", await gmail.ErrorAsync("read_email", new { messageId = "does-not-exist" }));
    }

    [Fact]
    public async Task DownloadAttachment_SavesIntoTheDownloadFolderOnly_OrReturnsItInline()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var builder = new BodyBuilder { TextBody = "see attached" };
        builder.Attachments.Add("data.bin", new byte[] { 1, 2, 3, 4 }, new ContentType("application", "octet-stream"));
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("grace@example.org", "Data", builder.ToMessageBody()), "INBOX");

        var saved = await gmail.OkAsync("download_attachment", new { messageId = id, index = 0 });
        var inline = await gmail.OkAsync("download_attachment", new { messageId = id, index = 0, inline = true });
        var escape = await gmail.ErrorAsync("download_attachment", new { messageId = id, index = 0, saveAs = "../escape.bin" });

        Assert.Equal(Path.Combine(gmail.Downloads, "data.bin"), (string?)saved["savedTo"]);
        Assert.Equal([1, 2, 3, 4], await File.ReadAllBytesAsync(Path.Combine(gmail.Downloads, "data.bin")));
        Assert.Equal(Convert.ToBase64String([1, 2, 3, 4]), (string?)inline["contentBase64"]);
        Assert.Contains("must be a plain file name", escape);
        Assert.False(File.Exists(Path.Combine(gmail.Folder, "escape.bin")));
        var again = await gmail.OkAsync("download_attachment", new { messageId = id, index = 0 });
        Assert.Equal(Path.Combine(gmail.Downloads, "data (2).bin"), (string?)again["savedTo"]); // never overwrites
    }

    [Fact]
    public async Task ReadEmail_TextPartThatIsOnlyAStub_GivesTheHtmlAsText_AndInlineFilesCountAsAttachments()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var builder = new BodyBuilder
        {
            TextBody = "This message requires an HTML-capable mail client.",
            HtmlBody = "<p>Dear Ada,</p><p>the quarterly numbers grew by <b>12%</b> and the board approved the new plan for the spring.</p>"
                + "<p>Details are in the attached report.</p>",
        };
        var report = builder.LinkedResources.Add("report.pdf", "%PDF-1.4"u8.ToArray(), new ContentType("application", "pdf"));
        report.ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = "report.pdf" };
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("news@example.org", "Numbers", builder.ToMessageBody()), "INBOX");

        var email = await gmail.OkAsync("read_email", new { messageId = id });

        Assert.Contains("the quarterly numbers grew by 12%", (string)email["body"]!);
        Assert.Equal("report.pdf", (string?)Assert.Single(email["attachments"]!.AsArray())!["filename"]);
    }
}
