using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace McpServers.Rss.Parsing;

/// <summary>
/// Turns a feed's bytes into text an XML reader accepts: the encoding from the byte-order mark, else the XML
/// declaration, else the HTTP charset, else UTF-8 (windows-1252 when the bytes are not UTF-8); leading junk before
/// the first '&lt;' dropped; HTML named entities (&amp;nbsp;) turned into character references and stray '&amp;' escaped,
/// so real-world feeds that are not quite XML still read. Entities declared in a DOCTYPE are never expanded.
/// </summary>
internal static partial class FeedText
{
    static FeedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] data, string? httpCharset = null)
    {
        var (encoding, bomLength) = FromByteOrderMark(data);
        if (encoding is null && LooksLikeUtf16(data, out var utf16))
            encoding = utf16;
        encoding ??= FromDeclaration(data) ?? FromName(httpCharset);
        if (encoding is null)
        {
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data, bomLength, data.Length - bomLength);
            }
            catch (DecoderFallbackException)
            {
                encoding = Encoding.GetEncoding(1252); // undeclared and not UTF-8: the usual suspect
            }
        }
        return encoding.GetString(data, bomLength, data.Length - bomLength);
    }

    /// <summary>Makes HTML-flavoured XML acceptable to a strict reader without changing what it says.</summary>
    public static string RepairEntities(string text)
    {
        // Most feeds only use XML's own five entities and character references: nothing to repair, no copy made.
        if (!NeedsRepairPattern().IsMatch(text))
            return text;
        // CDATA is taken literally by XML, so what is inside stays exactly as written.
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (Match cdata in CdataPattern().Matches(text))
        {
            result.Append(RepairOutsideCdata(text[position..cdata.Index])).Append(cdata.Value);
            position = cdata.Index + cdata.Length;
        }
        return result.Append(RepairOutsideCdata(text[position..])).ToString();
    }

    [GeneratedRegex(@"&(?!(?:amp|lt|gt|quot|apos);|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)")]
    private static partial Regex NeedsRepairPattern();

    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>", RegexOptions.Singleline)]
    private static partial Regex CdataPattern();

    private static string RepairOutsideCdata(string text) => EntityPattern().Replace(text, match =>
    {
        if (match.Groups["name"].Success)
        {
            var name = match.Groups["name"].Value;
            if (name is "amp" or "lt" or "gt" or "quot" or "apos")
                return match.Value;
            var decoded = WebUtility.HtmlDecode(match.Value);
            // Known HTML entity: its character. Unknown (or one a DOCTYPE declares): shown as written, never expanded.
            return decoded != match.Value ? string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};")) : "&amp;" + match.Value[1..];
        }
        return match.Groups["reference"].Success ? match.Value : "&amp;";
    });

    // &name; | &#123; / &#x1F; | a lone '&'
    [GeneratedRegex(@"&(?:(?<name>[A-Za-z][A-Za-z0-9]{0,31});|(?<reference>#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};))|&")]
    private static partial Regex EntityPattern();

    private static (Encoding? Encoding, int Length) FromByteOrderMark(byte[] data) => data switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false), 2),
        _ => (null, 0),
    };

    private static bool LooksLikeUtf16(byte[] data, out Encoding? encoding)
    {
        encoding = data switch
        {
            [(byte)'<', 0x00, _, 0x00, ..] => new UnicodeEncoding(false, false),
            [0x00, (byte)'<', 0x00, _, ..] => new UnicodeEncoding(true, false),
            _ => null,
        };
        return encoding is not null;
    }

    private static Encoding? FromDeclaration(byte[] data)
    {
        var head = Encoding.ASCII.GetString(data, 0, Math.Min(data.Length, 512));
        var match = DeclarationPattern().Match(head);
        return match.Success ? FromName(match.Groups["encoding"].Value) : null;
    }

    [GeneratedRegex("""<\?xml[^>]*?encoding\s*=\s*["'](?<encoding>[A-Za-z0-9._:-]+)["']""")]
    private static partial Regex DeclarationPattern();

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            // ISO-8859-1 labels are windows-1252 in practice (WHATWG): the bytes 0x80-0x9F are curly quotes, not controls.
            return encoding.CodePage == 28591 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
