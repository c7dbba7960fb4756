using System.Globalization;

namespace McpServers.Video.Media;

/// <summary>
/// Exact frames as JPEG: ffmpeg seeks fast to the keyframe before the time (<c>-ss</c> before <c>-i</c>) and then
/// decodes up to the exact frame, so a frame half a second after a keyframe is that frame, not the keyframe.
/// Each frame is its own short ffmpeg run (two at a time): on a long video that beats decoding everything in one pass.
/// </summary>
internal sealed class FrameGrabber(FfmpegRunner runner)
{
    public async Task<IReadOnlyList<Frame>> GrabAsync(string input, VideoInfo info, IReadOnlyList<double> times, int maxEdge, int quality, CancellationToken cancellationToken)
    {
        var (width, height) = ScaledSize(info, maxEdge);
        using var slots = new SemaphoreSlim(2);
        var tasks = times.Select(async time =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                return new Frame(time, await GrabOneAsync(input, ClampTime(time, info), $"scale={width}:{height}", quality, cancellationToken), width, height);
            }
            finally
            {
                slots.Release();
            }
        });
        return await Task.WhenAll(tasks);
    }

    public async Task<byte[]> GrabOneAsync(string input, double time, string filter, int quality, CancellationToken cancellationToken)
    {
        var jpeg = await runner.FfmpegAsync(
        [
            "-ss", time.ToString("0.###", CultureInfo.InvariantCulture), "-i", input,
            "-frames:v", "1", "-an", "-sn", "-dn", "-vf", filter, "-c:v", "mjpeg", "-q:v", quality.ToString(CultureInfo.InvariantCulture),
            "-f", "image2pipe", "pipe:1",
        ], cancellationToken);
        return jpeg.Length > 0 ? jpeg : throw new MediaException($"no frame at {Timestamp.Format(time)} (the video may end earlier)");
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
