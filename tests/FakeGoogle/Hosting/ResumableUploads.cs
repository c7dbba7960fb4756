using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using McpServers.FakeGoogle.Discovery;

namespace McpServers.FakeGoogle.Hosting;

/// <summary>
/// Google's resumable upload protocol: the initiating request (metadata) opens a session whose URI comes back in
/// Location; PUTs to that URI carry the media, whole or in Content-Range chunks (308 with Range until complete).
/// </summary>
internal sealed partial class ResumableUploads
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>Opens a session for a validated initiating request; answers 200 with the session URI.</summary>
    public Reply Start(ApiCall call, Uri baseUrl, string rawTarget, string? declaredType)
    {
        var id = $"AUp{Interlocked.Increment(ref _next):D6}";
        _sessions[id] = new Session(call, declaredType);
        var location = new Uri(baseUrl, rawTarget.TrimStart('/') + "&upload_id=" + id);
        return new Reply(200, null, new Dictionary<string, string> { ["Location"] = location.AbsoluteUri });
    }

    public bool IsSession(QueryValues query) => query.Get("upload_id") is { } id && _sessions.ContainsKey(id);

    /// <summary>
    /// Takes one PUT of media. Returns the completed call (media attached) for the pipeline to dispatch, or the reply
    /// to give now (308 for a partial upload, 400 for a media type the method does not accept).
    /// </summary>
    public (ApiCall? Completed, Reply? Reply, string? Problem) Continue(QueryValues query, string? contentRange, string? contentType, byte[] chunk)
    {
        var id = query.Get("upload_id")!;
        var session = _sessions[id];
        lock (session)
        {
            var range = ContentRange.Parse(contentRange);
            if (range.First is { } first && first == session.Received.Length) session.Received.Write(chunk);
            else if (range.First is null && contentRange is null) session.Received.Write(chunk);
            var received = session.Received.Length;
            var total = range.Total ?? (contentRange is null ? received : (long?)null);
            if (total is null || received < total)
            {
                var headers = received == 0 ? null : new Dictionary<string, string> { ["Range"] = $"bytes=0-{received - 1}" };
                return (null, new Reply(308, null, headers), null);
            }

            _sessions.TryRemove(id, out _);
            var spec = session.Call.Method.MediaUpload!;
            var mediaType = session.DeclaredType ?? contentType ?? "";
            if (!spec.Accepts(mediaType))
                return (null, null, $"media Content-Type \"{mediaType}\" is not accepted by {session.Call.Method.Id} (accepts {string.Join(", ", spec.Accept)})");
            if (spec.MaxSize is { } max && received > max)
                return (null, null, $"media of {received} bytes exceeds the maxSize {max} of {session.Call.Method.Id}");
            var media = new UploadedMedia(mediaType, session.Received.ToArray());
            return (session.Call with { Request = session.Call.Request with { Media = media } }, null, null);
        }
    }

    private sealed record Session(ApiCall Call, string? DeclaredType)
    {
        public MemoryStream Received { get; } = new();
    }

    /// <summary>"bytes 0-99/200", "bytes */200" (status query) or "bytes 0-99/*" (total not yet known).</summary>
    private readonly record struct ContentRange(long? First, long? Total)
    {
        public static ContentRange Parse(string? header)
        {
            if (header is null) return new ContentRange(null, null);
            var match = RangeRegex().Match(header);
            if (!match.Success) return new ContentRange(null, null);
            long? first = match.Groups[1].Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            long? total = match.Groups[3].Value == "*" ? null : long.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            return new ContentRange(first, total);
        }
    }

    [GeneratedRegex(@"^\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*$")]
    private static partial Regex RangeRegex();
}
