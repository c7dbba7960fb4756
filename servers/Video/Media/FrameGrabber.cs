using System.Globalization;

namespace McpServers.Video.Media;

/// <summary>
/// Exact frames as JPEG: ffmpeg seeks fast to the keyframe before each time (<c>-ss</c> before <c>-i</c>) and then
/// decodes up to the exact frame, so a frame half a second after a keyframe is that frame, not the keyframe.
/// The times are split between two ffmpeg processes (one per core), each opening the video once per time and writing
/// one JPEG per time: one process start per half instead of per frame (measured: 8 frames 1.33 s -> under 1 s).
/// </summary>
internal sealed class FrameGrabber(FfmpegRunner runner)
{
    private const int Processes = 2;

    public async Task<IReadOnlyList<Frame>> GrabAsync(string input, VideoInfo info, IReadOnlyList<double> times, int maxEdge, int quality, CancellationToken cancellationToken)
    {
        var (width, height) = ScaledSize(info, maxEdge);
        var jpegs = await GrabManyAsync(input, info, times, _ => $"scale={width}:{height}", quality, cancellationToken);
        return times.Select((time, i) => new Frame(time, jpegs[i], width, height)).ToList();
    }

    /// <summary>One JPEG per time, each through its own filter (scaling, a label).</summary>
    public async Task<byte[][]> GrabManyAsync(string input, VideoInfo info, IReadOnlyList<double> times, Func<int, string> filter, int quality, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("mcp-video-frames-");
        try
        {
            var groups = Enumerable.Range(0, times.Count).GroupBy(i => i % Processes).Select(g => g.ToList()).ToList();
            await Task.WhenAll(groups.Select(group => runner.FfmpegAsync(Arguments(input, info, times, group, filter, quality, folder.FullName), cancellationToken)));
            return Enumerable.Range(0, times.Count).Select(i =>
            {
                var path = Path.Combine(folder.FullName, $"{i}.jpg");
                return File.Exists(path) && new FileInfo(path).Length > 0 ? File.ReadAllBytes(path)
                    : throw new MediaException($"no frame at {Timestamp.Format(times[i])} (the video may end earlier)");
            }).ToArray();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> Arguments(string input, VideoInfo info, IReadOnlyList<double> times, List<int> group, Func<int, string> filter, int quality, string folder)
    {
        var arguments = new List<string>();
        foreach (var i in group)
            arguments.AddRange(["-ss", ClampTime(times[i], info).ToString("0.###", CultureInfo.InvariantCulture), "-i", input]);
        for (var n = 0; n < group.Count; n++)
        {
            arguments.AddRange(["-map", $"{n}:v:0", "-frames:v", "1", "-an", "-sn", "-dn", "-vf", filter(group[n]),
                "-c:v", "mjpeg", "-q:v", quality.ToString(CultureInfo.InvariantCulture), "-f", "image2", "-update", "1", Path.Combine(folder, $"{group[n]}.jpg")]);
        }
        return arguments;
    }

    /// <summary>The size a frame is returned at: the video's, shrunk so the long edge is at most <paramref name="maxEdge"/>, even numbers.</summary>
    public static (int Width, int Height) ScaledSize(VideoInfo info, int maxEdge)
    {
        var w = info.Video?.Width ?? maxEdge;
        var h = info.Video?.Height ?? maxEdge * 9 / 16;
        var scale = Math.Min(1.0, (double)maxEdge / Math.Max(w, h));
        return (Even(w * scale), Even(h * scale));
    }

    // A time at or past the end has no frame; the last frame is just before the end.
    private static double ClampTime(double time, VideoInfo info)
    {
        var frame = 1.0 / (info.Video?.FramesPerSecond ?? 25);
        return info.DurationSeconds is { } duration && time > duration - frame ? Math.Max(0, duration - frame) : Math.Max(0, time);
    }

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);
}

/// <summary>One grabbed frame.</summary>
internal sealed record Frame(double Time, byte[] Jpeg, int Width, int Height);

/// <summary>Timestamps as people read them.</summary>
internal static class Timestamp
{
    public static string Format(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss\.fff", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss\.fff", CultureInfo.InvariantCulture);
    }
}
