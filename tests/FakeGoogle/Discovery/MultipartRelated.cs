using System.Text;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>
/// Splits a multipart/related upload body (JSON metadata part, then the media part) at its boundary, keeping the
/// media bytes exactly as sent: re-serialising through a MIME library could alter the message the client uploaded.
/// </summary>
internal static class MultipartRelated
{
    public sealed record Part(IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string? ContentType => Headers.GetValueOrDefault("Content-Type");
    }

    /// <summary>The parts, or an error message when the body is not multipart/related with a boundary.</summary>
    public static (IReadOnlyList<Part> Parts, string? Error) Read(string? contentType, ReadOnlySpan<byte> body)
    {
        if (contentType is null || !contentType.TrimStart().StartsWith("multipart/related", StringComparison.OrdinalIgnoreCase))
            return ([], $"uploadType=multipart needs Content-Type multipart/related, got \"{contentType}\"");
        var boundary = Boundary(contentType);
        if (boundary is null) return ([], "multipart/related Content-Type without a boundary");

        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<Part>();
        var start = body.IndexOf(delimiter);
        if (start < 0) return ([], "multipart body does not contain its boundary");
        while (true)
        {
            var after = start + delimiter.Length;
            if (body[after..].StartsWith("--"u8)) break;
            var contentStart = after + LineBreakLength(body[after..]);
            var next = body[contentStart..].IndexOf(delimiter);
            if (next < 0) return (parts, "multipart body is not closed by its final boundary");
            var end = contentStart + next;
            // The CRLF before a delimiter belongs to the delimiter (RFC 2046).
            var partEnd = end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n' ? end - 2 : end > 0 && body[end - 1] == '\n' ? end - 1 : end;
            parts.Add(ParsePart(body[contentStart..Math.Max(contentStart, partEnd)]));
            start = end;
        }
        return (parts, null);
    }

    private static string? Boundary(string contentType)
    {
        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var equals = parameter.IndexOf('=');
            if (equals > 0 && parameter[..equals].Trim().Equals("boundary", StringComparison.OrdinalIgnoreCase))
                return parameter[(equals + 1)..].Trim().Trim('"');
        }
        return null;
    }

    private static int LineBreakLength(ReadOnlySpan<byte> text) =>
        text.StartsWith("\r\n"u8) ? 2 : text.StartsWith("\n"u8) ? 1 : 0;

    private static Part ParsePart(ReadOnlySpan<byte> part)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var at = 0;
        while (at < part.Length)
        {
            var lineEnd = part[at..].IndexOf((byte)'\n');
            var line = lineEnd < 0 ? part[at..] : part[at..(at + lineEnd)];
            at = lineEnd < 0 ? part.Length : at + lineEnd + 1;
            var text = Encoding.UTF8.GetString(line).TrimEnd('\r');
            if (text.Length == 0) break;
            var colon = text.IndexOf(':');
            if (colon > 0) headers[text[..colon].Trim()] = text[(colon + 1)..].Trim();
        }
        var content = part[at..].ToArray();
        if (headers.GetValueOrDefault("Content-Transfer-Encoding")?.Equals("base64", StringComparison.OrdinalIgnoreCase) == true)
            content = Convert.FromBase64String(Encoding.ASCII.GetString(content).Replace("\r", "").Replace("\n", ""));
        return new Part(headers, content);
    }
}
