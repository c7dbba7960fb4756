using McpServers.Text;
using MimeKit;

namespace McpServers.Gmail.Mail;

/// <summary>Reads a parsed message for a model: headers, the text body (HTML turned into text when there is no text part), attachments.</summary>
internal static class MailReader
{
    public static MimeMessage Parse(byte[] raw)
    {
        using var stream = new MemoryStream(raw);
        return MimeMessage.Load(stream);
    }

    /// <summary>The body as text: the text/plain part, else the HTML part as readable text.</summary>
    public static string BodyText(MimeMessage message) =>
        message.TextBody is { Length: > 0 } text ? text.ReplaceLineEndings("\n")
        : message.HtmlBody is { Length: > 0 } html ? HtmlText.ToText(html)
        : "";

    public static IReadOnlyList<MimePart> Attachments(MimeMessage message) => message.Attachments.OfType<MimePart>().ToList();

    public static long Size(MimePart part)
    {
        using var counter = new MemoryStream();
        part.Content?.DecodeTo(counter);
        return counter.Length;
    }

    public static string Addresses(InternetAddressList list) => string.Join(", ", list.Select(a => a.ToString()));
}
