using MimeKit;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>
/// Walks a MIME message the way Gmail numbers it: the message itself is part "", children of a multipart are
/// "0", "1", ..., their children "0.0", "0.1", ...
/// </summary>
internal static class MimeTree
{
    public static string ChildId(string parentId, int index) => parentId.Length == 0 ? $"{index}" : $"{parentId}.{index}";

    /// <summary>Every non-multipart part with its part id, in document order.</summary>
    public static IEnumerable<(string PartId, MimeEntity Entity)> Leaves(MimeEntity? entity, string partId = "")
    {
        if (entity is null) yield break;
        if (entity is Multipart multipart)
        {
            for (var i = 0; i < multipart.Count; i++)
                foreach (var leaf in Leaves(multipart[i], ChildId(partId, i)))
                    yield return leaf;
            yield break;
        }
        yield return (partId, entity);
    }

    public static MimeEntity? Find(MimeMessage message, string partId) =>
        Leaves(message.Body).FirstOrDefault(l => l.PartId == partId).Entity;

    public static string FileName(MimeEntity entity) =>
        (entity as MimePart)?.FileName ?? entity.ContentDisposition?.FileName ?? entity.ContentType.Name ?? "";

    /// <summary>Gmail counts a part as an attachment when it has a file name, or is a whole attached message.</summary>
    public static bool IsAttachment(MimeEntity entity) => FileName(entity).Length > 0 || entity is MessagePart;

    /// <summary>The part's content after its transfer encoding is undone (an attached message: its bytes).</summary>
    public static byte[] DecodedContent(MimeEntity entity)
    {
        using var buffer = new MemoryStream();
        switch (entity)
        {
            case MimePart { Content: { } content }:
                content.DecodeTo(buffer);
                break;
            case MessagePart { Message: { } inner }:
                inner.WriteTo(GmailFormat.Options, buffer);
                break;
        }
        return buffer.ToArray();
    }
}
