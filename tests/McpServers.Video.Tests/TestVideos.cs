using System.Globalization;
using McpServers.Testing;

namespace McpServers.Video.Tests;

/// <summary>
/// Videos made by ffmpeg's lavfi sources, once per test run: 6 s at 25 fps, 320x240, red then green then blue (hard
/// cuts at 2 s and 4 s) with keyframes only at the start (so an exact frame differs from the preceding keyframe), a
/// 440 Hz tone, and an SRT track with known times; plus a text file named .mp4.
/// </summary>
public sealed class TestVideos : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("mcp-video-test-").FullName;

    public string Colours => Path.Combine(Folder, "colours.mkv");

    public string ColoursMp4 => Path.Combine(Folder, "colours.mp4");

    public string Long => Path.Combine(Folder, "long.mp4");

    public string FakeMp4 => Path.Combine(Folder, "notes.mp4");

    /// <summary>Ten copies of <see cref="Long"/> joined without re-encoding: 10 minutes that take a while to decode.</summary>
    public string VeryLong => Path.Combine(Folder, "very-long.mp4");

    public const string Srt = "1\n00:00:00,500 --> 00:00:01,500\nHello red\n\n2\n00:00:02,500 --> 00:00:03,250\nNow green\n\n3\n00:00:04,100 --> 00:00:05,900\nBlue at last\n";

    public async Task InitializeAsync()
    {
        var srt = Path.Combine(Folder, "subs.srt");
        await File.WriteAllTextAsync(srt, Srt);
        await File.WriteAllTextAsync(FakeMp4, "these are notes, not a video");
        await FfmpegAsync(
            "-f", "lavfi", "-i", "color=c=red:s=320x240:r=25:d=2",
            "-f", "lavfi", "-i", "color=c=lime:s=320x240:r=25:d=2",
            "-f", "lavfi", "-i", "color=c=blue:s=320x240:r=25:d=2",
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100:duration=6",
            "-i", srt,
            "-filter_complex", "[0:v][1:v][2:v]concat=n=3:v=1:a=0[v]",
            "-map", "[v]", "-map", "3:a", "-map", "4:s",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", "1000", "-sc_threshold", "0", "-x264-params", "scenecut=0",
            "-c:a", "aac", "-c:s", "srt", "-metadata:s:s:0", "language=eng", Colours);
        await FfmpegAsync("-i", Colours, "-map", "0:v", "-map", "0:a", "-c", "copy", ColoursMp4);
        // 60 s with a cut every 10 s, for cancellation and the HTTP source.
        await FfmpegAsync("-f", "lavfi", "-i", "testsrc2=s=640x360:r=25:d=60", "-vf", "hue=h=36*floor(t/10)",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", Long);
        var list = Path.Combine(Folder, "ten.txt");
        await File.WriteAllLinesAsync(list, Enumerable.Repeat($"file '{Long}'", 10));
        await FfmpegAsync("-f", "concat", "-safe", "0", "-i", list, "-c", "copy", VeryLong);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    public static async Task FfmpegAsync(params string[] arguments)
    {
        var (exit, _, stderr) = await ChildProcess.RunAsync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", .. arguments], TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, stderr);
    }

    /// <summary>The average colour of a JPEG, decoded by ffmpeg to one RGB pixel.</summary>
    public static async Task<(int R, int G, int B)> AverageColourAsync(byte[] jpeg)
    {
        var file = Path.Combine(Path.GetTempPath(), $"frame-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(file, jpeg);
        try
        {
            var raw = Path.ChangeExtension(file, ".rgb");
            await FfmpegAsync("-i", file, "-vf", "scale=1:1:flags=area", "-f", "rawvideo", "-pix_fmt", "rgb24", raw);
            var bytes = await File.ReadAllBytesAsync(raw);
            File.Delete(raw);
            return (bytes[0], bytes[1], bytes[2]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Width and height of an image or video, from ffprobe.</summary>
    public static async Task<(int Width, int Height, double Duration)> ProbeAsync(string path)
    {
        var (exit, stdout, stderr) = await ChildProcess.RunAsync("ffprobe", ["-v", "error", "-show_entries", "stream=width,height:format=duration", "-of", "csv=p=0:nk=1", path]);
        Assert.True(exit == 0, stderr);
        var values = stdout.Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var numbers = values.Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).Where(d => !double.IsNaN(d)).ToList();
        return numbers.Count >= 3 ? ((int)numbers[0], (int)numbers[1], numbers[^1]) : (0, 0, numbers.LastOrDefault());
    }
}
