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

    /// <summary>
    /// The body as text: the text/plain part, or the HTML part as readable text when there is no text part or it is a
    /// stub ("This message requires an HTML-capable mail client") far shorter than the HTML's text.
    /// </summary>
    public static string BodyText(MimeMessage message)
    {
        var text = message.TextBody?.ReplaceLineEndings("\n").Trim() ?? "";
        var html = message.HtmlBody is { Length: > 0 } markup ? HtmlText.ToText(markup) : "";
        return html.Length > 0 && text.Length * 2 < html.Length ? html : text;
    }

    /// <summary>
    /// The attached files: parts marked as attachments and also parts with a file name shown inline (Apple Mail sends
    /// PDFs and pictures that way), never the unnamed text or HTML body.
    /// </summary>
    public static IReadOnlyList<MimePart> Attachments(MimeMessage message) =>
        message.BodyParts.OfType<MimePart>()
            .Where(p => p.IsAttachment || !string.IsNullOrEmpty(p.FileName))
            .ToList();

    public static long Size(MimePart part)
    {
        using var counter = new MemoryStream();
        part.Content?.DecodeTo(counter);
        return counter.Length;
    }

    public static string Addresses(InternetAddressList list) => string.Join(", ", list.Select(a => a.ToString()));
}
