using System.Globalization;
using System.Text.Json;
using McpServers.Video.Sources;

namespace McpServers.Video.Media;

/// <summary>ffprobe, read into <see cref="VideoInfo"/>; a file with no video stream is refused with what it is instead.</summary>
internal sealed class MediaProbe(FfmpegRunner runner)
{
    private static readonly HashSet<string> TextSubtitleCodecs = ["subrip", "srt", "ass", "ssa", "mov_text", "webvtt", "text", "microdvd", "subviewer", "jacosub", "sami", "realtext", "stl", "mpl2", "vplayer", "pjs"];

    public async Task<VideoInfo> ProbeAsync(VideoSource source, CancellationToken cancellationToken, bool requireVideo = true)
    {
        byte[] output;
        try
        {
            output = await runner.FfprobeAsync(["-print_format", "json", "-show_format", "-show_streams", "-show_chapters", "--", source.Input], cancellationToken);
        }
        catch (MediaException e)
        {
            throw new MediaException($"{source.Display} is not a video ffmpeg can read ({e.Message})");
        }
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var format = root.TryGetProperty("format", out var f) ? f : default;
        var counters = new Dictionary<string, int>();
        var streams = new List<StreamInfo>();
        foreach (var s in root.TryGetProperty("streams", out var list) ? list.EnumerateArray() : default)
        {
            var type = Text(s, "codec_type") ?? "data";
            var codec = Text(s, "codec_name");
            var tags = s.TryGetProperty("tags", out var t) ? t : default;
            var attached = s.TryGetProperty("disposition", out var d) && d.TryGetProperty("attached_pic", out var a) && a.GetInt32() == 1;
            counters[type] = counters.GetValueOrDefault(type);
            streams.Add(new StreamInfo
            {
                Index = s.GetProperty("index").GetInt32(),
                TypeIndex = counters[type]++,
                Type = type,
                Codec = codec,
                Width = Int(s, "width"),
                Height = Int(s, "height"),
                FramesPerSecond = type == "video" ? Rate(Text(s, "avg_frame_rate")) ?? Rate(Text(s, "r_frame_rate")) : null,
                BitRate = Long(s, "bit_rate"),
                Channels = Int(s, "channels"),
                SampleRate = Int(s, "sample_rate"),
                Language = tags.ValueKind == JsonValueKind.Object ? Text(tags, "language") : null,
                Title = tags.ValueKind == JsonValueKind.Object ? Text(tags, "title") : null,
                IsText = type == "subtitle" ? codec is not null && TextSubtitleCodecs.Contains(codec) : null,
                IsAttachedPicture = attached,
            });
        }
        var chapters = (root.TryGetProperty("chapters", out var c) ? c.EnumerateArray() : default)
            .Select(ch => new ChapterInfo(Double(ch, "start_time") ?? 0, Double(ch, "end_time") ?? 0,
                ch.TryGetProperty("tags", out var ct) ? Text(ct, "title") : null)).ToList();
        var info = new VideoInfo
        {
            Source = source.Display,
            DurationSeconds = format.ValueKind == JsonValueKind.Object ? Double(format, "duration") : null,
            Container = format.ValueKind == JsonValueKind.Object ? Text(format, "format_name") : null,
            SizeBytes = format.ValueKind == JsonValueKind.Object ? Long(format, "size") : null,
            BitRate = format.ValueKind == JsonValueKind.Object ? Long(format, "bit_rate") : null,
            Streams = streams,
            Chapters = chapters,
            Page = source.Page,
        };
        if (requireVideo && info.Video is null)
            throw new MediaException($"{source.Display} has no video stream" + (streams.Count == 0 ? "" : $" (it has: {string.Join(", ", streams.Select(s => $"{s.Type} {s.Codec}"))})"));
        return info;
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32()
        : Text(e, name) is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static long? Long(JsonElement e, string name) => Text(e, name) is { } s && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l
        : e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    private static double? Double(JsonElement e, string name) => Text(e, name) is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static double? Rate(string? fraction)
    {
        if (fraction is null || fraction.Split('/') is not [var n, var d])
            return null;
        return double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var num) && double.TryParse(d, NumberStyles.Float, CultureInfo.InvariantCulture, out var den) && den > 0 && num > 0
            ? Math.Round(num / den, 3) : null;
    }
}
