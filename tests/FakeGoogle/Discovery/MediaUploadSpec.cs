using System.Globalization;
using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>A method's "mediaUpload" block: accepted MIME types, size limit and the upload paths.</summary>
public sealed record MediaUploadSpec(IReadOnlyList<string> Accept, long? MaxSize, string? SimplePath, string? ResumablePath)
{
    internal static MediaUploadSpec Parse(JsonObject upload) => new(
        upload["accept"] is JsonArray accept ? accept.Select(a => (string)a!).ToArray() : [],
        long.TryParse((string?)upload["maxSize"], NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : null,
        (string?)upload["protocols"]?["simple"]?["path"],
        (string?)upload["protocols"]?["resumable"]?["path"]);

    /// <summary>Whether a media Content-Type matches one of the accepted patterns ("message/*", "*/*").</summary>
    public bool Accepts(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return false;
        var mediaType = contentType.Split(';')[0].Trim();
        var slash = mediaType.IndexOf('/');
        if (slash <= 0 || slash == mediaType.Length - 1) return false;
        foreach (var pattern in Accept)
        {
            if (pattern == "*/*" || string.Equals(pattern, mediaType, StringComparison.OrdinalIgnoreCase)) return true;
            if (pattern.EndsWith("/*", StringComparison.Ordinal)
                && mediaType.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
