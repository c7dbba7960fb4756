using System.Text.Json.Nodes;
using MimeKit;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>
/// Renders a stored message as Gmail's Message resource in each format: minimal (ids, labels, snippet, sizes),
/// metadata (plus top-level headers, optionally only metadataHeaders), full (the parsed MIME tree with base64url
/// bodies; attachments and large bodies by attachmentId) and raw (the whole RFC 822 message, base64url).
/// </summary>
internal static class MessageRenderer
{
    // Gmail moves large bodies out of line even without a file name; it does not document the threshold.
    private const int InlineLimit = 256 * 1024;

    public static JsonObject Render(StoredMessage message, string format, IReadOnlyList<string>? metadataHeaders = null)
    {
        var result = new JsonObject
        {
            ["id"] = message.Id,
            ["threadId"] = message.ThreadId,
            ["labelIds"] = new JsonArray(message.Labels.Order(StringComparer.Ordinal).Select(l => (JsonNode)l).ToArray()),
            ["snippet"] = message.Facts.Snippet,
        };
        switch (format)
        {
            case "raw":
                result["raw"] = GmailFormat.ToBase64Url(message.Raw);
                break;
            case "metadata":
                var parsed = message.Parse();
                result["payload"] = new JsonObject
                {
                    ["mimeType"] = parsed.Body?.ContentType.MimeType ?? "text/plain",
                    ["headers"] = Headers(TopLevelHeaders(message.Raw), metadataHeaders),
                };
                break;
            case "full":
                result["payload"] = Payload(message);
                break;
        }
        result["sizeEstimate"] = message.Raw.Length;
        result["historyId"] = message.HistoryId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        result["internalDate"] = message.InternalDate.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return result;
    }

    /// <summary>The attachment id Gmail would give a part: opaque to clients, here it names the message and part.</summary>
    public static string AttachmentId(string messageId, string partId) =>
        "ANGjdJ" + GmailFormat.ToBase64Url(System.Text.Encoding.UTF8.GetBytes($"{messageId}/{partId}")).TrimEnd('=');

    /// <summary>The part id an attachment id names, when it belongs to this message.</summary>
    public static string? PartOf(string messageId, string attachmentId)
    {
        if (!attachmentId.StartsWith("ANGjdJ", StringComparison.Ordinal)) return null;
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(GmailFormat.FromBase64(attachmentId[6..]));
            return text.StartsWith(messageId + "/", StringComparison.Ordinal) ? text[(messageId.Length + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static JsonObject Payload(StoredMessage message)
    {
        var parsed = message.Parse();
        var root = parsed.Body ?? new TextPart("plain") { Text = "" };
        return Part(message.Id, root, "", TopLevelHeaders(message.Raw));
    }

    private static JsonObject Part(string messageId, MimeEntity entity, string partId, HeaderList headers)
    {
        var part = new JsonObject
        {
            ["partId"] = partId,
            ["mimeType"] = entity.ContentType.MimeType.ToLowerInvariant(),
            ["filename"] = entity is Multipart ? "" : MimeTree.FileName(entity),
            ["headers"] = Headers(headers, null),
        };
        if (entity is Multipart multipart)
        {
            part["body"] = new JsonObject { ["size"] = 0 };
            part["parts"] = new JsonArray(multipart
                .Select((child, i) => (JsonNode)Part(messageId, child, MimeTree.ChildId(partId, i), child.Headers))
                .ToArray());
            return part;
        }
        var content = MimeTree.DecodedContent(entity);
        part["body"] = content.Length == 0 ? new JsonObject { ["size"] = 0 }
            : MimeTree.IsAttachment(entity) || content.Length > InlineLimit
            ? new JsonObject { ["attachmentId"] = AttachmentId(messageId, partId), ["size"] = content.Length }
            : new JsonObject { ["size"] = content.Length, ["data"] = GmailFormat.ToBase64Url(content) };
        return part;
    }

    // The message's own header block in original order; MimeKit files the Content-* headers under the body entity.
    private static HeaderList TopLevelHeaders(byte[] raw) => HeaderList.Load(new MemoryStream(raw, writable: false));

    private static JsonArray Headers(HeaderList headers, IReadOnlyList<string>? only) =>
        new(headers
            .Where(h => only is null || only.Count == 0 || only.Any(o => o.Equals(h.Field, StringComparison.OrdinalIgnoreCase)))
            .Select(h => (JsonNode)new JsonObject { ["name"] = h.Field, ["value"] = h.Value.Trim() })
            .ToArray());
}
