using MimeKit;

namespace McpServers.Gmail.Tests;

/// <summary>Messages the tests deliver into the fake mailboxes.</summary>
internal static class TestMail
{
    public static MimeMessage Create(string subject, MimeEntity? body = null, string from = "grace@example.org", string to = GmailHarness.Work)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = body ?? new TextPart("plain") { Text = subject };
        return message;
    }
}
