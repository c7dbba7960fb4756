using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>What search, threading and snippets need from a message, read once from its MIME form.</summary>
internal sealed partial class MessageFacts
{
    private const int SnippetLength = 200;

    public MessageFacts(MimeMessage message)
    {
        From = message.From.ToString();
        To = message.To.ToString();
        Cc = message.Cc.ToString();
        Bcc = message.Bcc.ToString();
        Subject = message.Subject ?? "";
        MessageId = message.MessageId ?? "";
        References = [.. message.References, .. message.InReplyTo is { } reply ? new[] { reply } : []];
        Date = message.Date;
        var leaves = MimeTree.Leaves(message.Body).Select(l => l.Entity).ToList();
        AttachmentNames = leaves.Where(MimeTree.IsAttachment).Select(MimeTree.FileName).ToArray();
        HasAttachment = leaves.Any(MimeTree.IsAttachment);
        Text = BodyText(leaves);
        Snippet = MakeSnippet(Text);
        SearchText = string.Join("\n", Subject, From, To, Cc, Text, string.Join(" ", AttachmentNames));
    }

    public string From { get; }
    public string To { get; }
    public string Cc { get; }
    public string Bcc { get; }
    public string Subject { get; }

    /// <summary>The Message-ID without angle brackets.</summary>
    public string MessageId { get; }

    /// <summary>Message ids of References and In-Reply-To, the ones threading follows.</summary>
    public IReadOnlyList<string> References { get; }

    public DateTimeOffset Date { get; }
    public IReadOnlyList<string> AttachmentNames { get; }
    public bool HasAttachment { get; }

    /// <summary>Readable body text: the text/plain parts, else the text of the HTML ones.</summary>
    public string Text { get; }

    /// <summary>Gmail's snippet: the start of the text, whitespace collapsed, HTML-escaped.</summary>
    public string Snippet { get; }

    /// <summary>Everything free-text search looks in.</summary>
    public string SearchText { get; }

    private static string BodyText(List<MimeEntity> leaves)
    {
        var texts = leaves.OfType<TextPart>().Where(t => !MimeTree.IsAttachment(t)).ToList();
        var plain = texts.Where(t => t.IsPlain).Select(t => t.Text).ToList();
        if (plain.Count > 0) return string.Join("\n", plain);
        return string.Join("\n", texts.Where(t => t.IsHtml).Select(t => WebUtility.HtmlDecode(Tags().Replace(t.Text, " "))));
    }

    private static string MakeSnippet(string text)
    {
        var collapsed = Spaces().Replace(text, " ").Trim();
        if (collapsed.Length > SnippetLength) collapsed = collapsed[..SnippetLength];
        return WebUtility.HtmlEncode(collapsed);
    }

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>|<[^>]+>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
