using System.Text.RegularExpressions;
using MimeKit;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>Small encodings Gmail uses on the wire: base64url with padding, CRLF messages, subject normalisation.</summary>
internal static partial class GmailFormat
{
    /// <summary>Messages are stored with CRLF line ends, as they travel over SMTP.</summary>
    public static FormatOptions Options { get; } = CreateOptions();

    /// <summary>Gmail answers base64url with "=" padding (Python's urlsafe_b64decode needs it).</summary>
    public static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');

    /// <summary>Reads base64 or base64url, padded or not, as Google accepts for "format": "byte".</summary>
    public static byte[] FromBase64(string text)
    {
        var standard = text.Trim().Replace('-', '+').Replace('_', '/').TrimEnd('=');
        return Convert.FromBase64String(standard.PadRight(standard.Length + (4 - standard.Length % 4) % 4, '='));
    }

    public static byte[] Serialize(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(Options, buffer);
        return buffer.ToArray();
    }

    public static MimeMessage Parse(byte[] raw) => MimeMessage.Load(new MemoryStream(raw, writable: false));

    /// <summary>The subject threads are matched on: without any number of Re:/Fwd:/Fw:/Aw: prefixes, case-folded.</summary>
    public static string ThreadSubject(string? subject) =>
        ReplyPrefix().Replace(subject ?? "", "").Trim().ToLowerInvariant();

    private static FormatOptions CreateOptions()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        return options;
    }

    [GeneratedRegex(@"^(\s*(re|fwd?|aw|wg)\s*(\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();
}
