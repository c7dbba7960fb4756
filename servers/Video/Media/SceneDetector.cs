using System.Globalization;
using System.Text.RegularExpressions;

namespace McpServers.Video.Media;

/// <summary>
/// Scene changes from ffmpeg's scene score on a small, cheaply decoded copy of the picture (no deblocking, scaled to
/// 160 px with the cheapest filter, no audio): a cut is where the score passes the threshold. Progress comes from ffmpeg's own clock; cancelling kills it.
/// </summary>
internal sealed partial class SceneDetector(FfmpegRunner runner)
{
    /// <param name="fast">Skip frames no other frame refers to (B-frames): about 1.4x faster; a cut that is not a keyframe may then be found up to a few frames late.</param>
    public async Task<IReadOnlyList<SceneCut>> DetectAsync(string input, double threshold, double? duration, bool fast, Func<double, Task>? progress, CancellationToken cancellationToken)
    {
        var lastReported = 0.0;
        var output = await runner.FfmpegAsync(
        [
            "-loglevel", "info", "-skip_loop_filter", "all", .. fast ? new[] { "-skip_frame", "noref" } : [], "-threads", "0", "-i", input, "-an", "-sn", "-dn",
            // Every frame passes (so ffmpeg's clock, which drives progress, keeps moving) with its score printed; the threshold is applied here.
            "-vf", "scale=160:-2:flags=fast_bilinear,select='gte(scene\\,0)',metadata=print:key=lavfi.scene_score:file=-",
            "-f", "null", "-",
        ], cancellationToken, line =>
        {
            if (progress is null || duration is not > 0 || ProgressPattern().Match(line) is not { Success: true } m)
                return;
            var seconds = TimeSpan.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var t) ? t.TotalSeconds : 0;
            if (seconds - lastReported >= duration.Value / 50)
            {
                lastReported = seconds;
                _ = progress(Math.Min(seconds, duration.Value));
            }
        });
        var cuts = new List<SceneCut>();
        double? time = null;
        foreach (var line in System.Text.Encoding.UTF8.GetString(output).Split('\n'))
        {
            if (FramePattern().Match(line) is { Success: true } frame)
                time = double.Parse(frame.Groups[1].Value, CultureInfo.InvariantCulture);
            else if (ScorePattern().Match(line) is { Success: true } score && time is { } t
                && double.Parse(score.Groups[1].Value, CultureInfo.InvariantCulture) is var value && value > threshold)
                cuts.Add(new SceneCut(t, Math.Round(value, 3)));
        }
        return cuts;
    }

    [GeneratedRegex(@"pts_time:([0-9.]+)")]
    private static partial Regex FramePattern();

    [GeneratedRegex(@"lavfi\.scene_score=([0-9.]+)")]
    private static partial Regex ScorePattern();

    [GeneratedRegex(@"time=(\d+:\d{2}:\d{2}(?:\.\d+)?)")]
    private static partial Regex ProgressPattern();
}

/// <summary>A scene change: when, and how different the new picture is (0-1).</summary>
internal sealed record SceneCut(double Time, double Score);
