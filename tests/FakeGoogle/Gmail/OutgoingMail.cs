using McpServers.FakeGoogle.Hosting;
using MimeKit;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>What Gmail does to a message it sends: From becomes the account, Message-ID and Date are added when missing, recipients lose the Bcc header.</summary>
internal static class OutgoingMail
{
    public const string MissingRaw = "'raw' RFC822 payload message string or uploading message via /upload/* URL required";

    /// <summary>The bytes to store as sent (unchanged when nothing needed fixing) and their parse.</summary>
    public static (byte[] Raw, MimeMessage Message) Prepare(byte[] raw, string account, DateTimeOffset now)
    {
        var message = Parse(raw);
        var changed = false;
        var from = message.From.Mailboxes.ToList();
        if (from.Count != 1 || !from[0].Address.Equals(account, StringComparison.OrdinalIgnoreCase))
        {
            message.From.Clear();
            // Another address (or several) is not the account's to use: Gmail puts the account's own address there.
            message.From.Add(new MailboxAddress("", account));
            changed = true;
        }
        if (string.IsNullOrEmpty(message.MessageId))
        {
            message.MessageId = $"{Guid.NewGuid():N}@mail.gmail.com";
            changed = true;
        }
        if (!message.Headers.Contains(HeaderId.Date))
        {
            message.Date = now;
            changed = true;
        }
        return (changed ? GmailFormat.Serialize(message) : raw, message);
    }

    /// <summary>Every To, Cc and Bcc address, lower-cased, once.</summary>
    public static IReadOnlyList<string> Recipients(MimeMessage message) =>
        message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes)
            .Select(m => m.Address.ToLowerInvariant()).Distinct().ToArray();

    /// <summary>The copy recipients get: Bcc is the sender's secret.</summary>
    public static byte[] ForRecipients(MimeMessage message, byte[] raw)
    {
        if (!message.Headers.Contains(HeaderId.Bcc)) return raw;
        message.Headers.RemoveAll(HeaderId.Bcc);
        return GmailFormat.Serialize(message);
    }

    public static MimeMessage Parse(byte[] raw)
    {
        if (raw.Length == 0) throw ApiException.BadRequest(MissingRaw);
        try
        {
            return GmailFormat.Parse(raw);
        }
        catch (FormatException e)
        {
            throw ApiException.BadRequest($"Invalid RFC 822 message: {e.Message}");
        }
    }
}
