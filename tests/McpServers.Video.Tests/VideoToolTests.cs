using System.Text.Json;
using McpServers.Testing;

namespace McpServers.Video.Tests;

public sealed class VideoToolTests(TestVideos videos) : IClassFixture<TestVideos>
{
    [Fact]
    public async Task VideoInfo_ReportsWhatWasEncoded()
    {
        await using var video = await VideoClient.StartAsync(videos);

        var result = await video.OkAsync("video_info", new { source = videos.Colours });
        var info = result.StructuredContent!.Value;
        var streams = info.GetProperty("streams").EnumerateArray().ToList();

        Assert.InRange(info.GetProperty("durationSeconds").GetDouble(), 5.9, 6.1);
        Assert.Contains("matroska", info.GetProperty("container").GetString());
        var v = streams.Single(s => s.GetProperty("type").GetString() == "video");
        Assert.Equal("h264", v.GetProperty("codec").GetString());
        Assert.Equal(320, v.GetProperty("width").GetInt32());
        Assert.Equal(240, v.GetProperty("height").GetInt32());
        Assert.Equal(25, v.GetProperty("framesPerSecond").GetDouble());
        var a = streams.Single(s => s.GetProperty("type").GetString() == "audio");
        Assert.Equal(1, a.GetProperty("channels").GetInt32());
        Assert.Equal(44100, a.GetProperty("sampleRate").GetInt32());
        var s = streams.Single(x => x.GetProperty("type").GetString() == "subtitle");
        Assert.Equal("eng", s.GetProperty("language").GetString());
        Assert.True(s.GetProperty("isText").GetBoolean());
        Assert.True(info.GetProperty("sizeBytes").GetInt64() > 0);
    }

    [Fact]
    public async Task GetFrames_AtTimestamps_AreTheExactFrames_NotThePrecedingKeyframe()
    {
        await using var video = await VideoClient.StartAsync(videos);

        // The only keyframe is at 0 s (red); 2.5 s must be green and 4.5 s blue.
        var result = await video.OkAsync("get_frames", new { source = videos.Colours, timestamps = new[] { "0.5", "2.5", "0:04.5" } });
        var images = VideoClient.Images(result);
        var colours = new List<(int R, int G, int B)>();
        foreach (var image in images)
            colours.Add(await TestVideos.AverageColourAsync(image));

        Assert.Equal(3, images.Count);
        Assert.True(IsRed(colours[0]), $"{colours[0]}");
        Assert.True(IsGreen(colours[1]), $"{colours[1]}");
        Assert.True(IsBlue(colours[2]), $"{colours[2]}");
        Assert.Contains("Frame at 0:02.500", VideoClient.Text(result));
    }

    [Fact]
    public async Task GetFrames_TakesTimestampsAsNumbers_AsItsDescriptionSays()
    {
        await using var video = await VideoClient.StartAsync(videos);

        var result = await video.OkAsync("get_frames", new { source = videos.Colours, timestamps = new object[] { 0.5, 2.5, "0:04.5" } });
        var colours = new List<(int R, int G, int B)>();
        foreach (var image in VideoClient.Images(result))
            colours.Add(await TestVideos.AverageColourAsync(image));

        Assert.Equal(3, colours.Count);
        Assert.True(IsRed(colours[0]) && IsGreen(colours[1]) && IsBlue(colours[2]), string.Join(", ", colours));
    }

    [Fact]
    public async Task MaxDownloadBytes_TakesTheDefaultItsHelpPrints()
    {
        var exe = RepoPaths.Executable("McpServers.Video", "mcp-video");
        var (_, help, _) = await ChildProcess.RunAsync(exe, ["--help"]);
        var (exitCode, config, stderr) = await ChildProcess.RunAsync(exe, ["--max-download-bytes", "2147483648", "--print-config"]);

        Assert.Contains("(default: 2147483648)", help);
        Assert.True(exitCode == 0, stderr);
        Assert.Contains("2147483648", config);
    }

    [Fact]
    public async Task WronglyTypedAndMissingArguments_AreNamed()
    {
        await using var video = await VideoClient.StartAsync(videos);

        var wrongType = await video.CallAsync("get_frames", new { source = videos.Colours, count = "eight" });
        var wrongItem = await video.CallAsync("get_frames", new { source = videos.Colours, timestamps = new object[] { 1, true } });
        var missing = await video.CallAsync("video_info", new { });

        Assert.Contains("count: expected integer, got string \"eight\"", VideoClient.Text(wrongType));
        Assert.Contains("timestamps[1]: expected number or string, got boolean true", VideoClient.Text(wrongItem));
        Assert.Contains("source: expected string, got nothing (it is required)", VideoClient.Text(missing));
    }

    [Fact]
    public async Task GetFrames_EvenlySpaced_UseIntervalMidpoints_AndRespectTheByteBudget()
    {
        await using var video = await VideoClient.StartAsync(videos, "--max-result-bytes", "20000");

        var even = await video.OkAsync("get_frames", new { source = videos.Long, count = 6 });
        var text = VideoClient.Text(even);
        var images = VideoClient.Images(even);

        foreach (var t in new[] { "0:05.000", "0:15.000", "0:25.000" })
            Assert.Contains($"Frame at {t}", text);
        Assert.True(images.Sum(i => i.Length) <= 20000, $"{images.Sum(i => i.Length)} bytes");
        Assert.Contains("scaled down", text);
    }

    [Fact]
    public async Task ContactSheet_IsOneGridImage_OfTheRightSize()
    {
        await using var video = await VideoClient.StartAsync(videos, "--max-image-edge", "640");

        var result = await video.OkAsync("contact_sheet", new { source = videos.Colours, columns = 3, rows = 2 });
        var image = Assert.Single(VideoClient.Images(result));
        var file = Path.Combine(videos.Folder, $"sheet-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(file, image);
        var (width, height, _) = await TestVideos.ProbeAsync(file);

        // 3 thumbnails of 320x240 scaled to fit 640 px with 4 px padding: (640 - 16) / 3 = 208 x 156.
        Assert.Equal(3 * 208 + 16, width);
        Assert.Equal(2 * 156 + 12, height);
        Assert.Contains("3x2 thumbnails", VideoClient.Text(result));
    }

    [Fact]
    public async Task DetectScenes_FindsTheCuts_WithinAFrame_AndNothingElse()
    {
        await using var video = await VideoClient.StartAsync(videos);

        var result = await video.OkAsync("detect_scenes", new { source = videos.Colours, withSheet = true });
        var scenes = result.StructuredContent!.Value.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("time").GetDouble()).ToList();
        var exact = await video.OkAsync("detect_scenes", new { source = videos.Colours, exact = true });
        var exactScenes = exact.StructuredContent!.Value.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("time").GetDouble()).ToList();

        Assert.Equal(2, scenes.Count);
        Assert.InRange(scenes[0], 2.0 - 0.04, 2.0 + 0.04);
        Assert.InRange(scenes[1], 4.0 - 0.04, 4.0 + 0.04);
        Assert.Single(VideoClient.Images(result));
        Assert.Equal(scenes, exactScenes);
    }

    [Fact]
    public async Task GetSubtitles_ComeBackWithTheirTimes()
    {
        await using var video = await VideoClient.StartAsync(videos);

        var result = await video.OkAsync("get_subtitles", new { source = videos.Colours, track = "eng" });
        var cues = result.StructuredContent!.Value.GetProperty("cues").EnumerateArray().ToList();
        var paged = await video.OkAsync("get_subtitles", new { source = videos.Colours, offset = 1, limit = 1 });

        Assert.Equal(3, cues.Count);
        // Muxing with AAC shifts every stream by the encoder's priming delay (1024 samples = 23 ms at 44.1 kHz): allow it.
        Assert.InRange(cues[1].GetProperty("start").GetDouble(), 2.5, 2.53);
        Assert.InRange(cues[1].GetProperty("end").GetDouble(), 3.25, 3.28);
        Assert.Equal("Now green", cues[1].GetProperty("text").GetString());
        Assert.Matches(@"\[0:04\.1\d\d - 0:05\.9\d\d\] Blue at last", VideoClient.Text(result));
        Assert.Equal(2, paged.StructuredContent!.Value.GetProperty("nextOffset").GetInt32());
    }

    [Fact]
    public async Task ExtractAudio_AndSaveClip_HaveTheRequestedDuration()
    {
        await using var video = await VideoClient.StartAsync(videos);

        var audio = await video.OkAsync("extract_audio", new { source = videos.Colours, output = "speech.wav", start = "1", duration = "2.5" });
        var clip = await video.OkAsync("save_clip", new { source = videos.ColoursMp4, start = "1.5", duration = "2", output = "part.mp4" });
        var wav = Path.Combine(video.Output, "speech.wav");
        var mp4 = Path.Combine(video.Output, "part.mp4");
        var (_, _, audioSeconds) = await TestVideos.ProbeAsync(wav);
        var (_, _, clipSeconds) = await TestVideos.ProbeAsync(mp4);
        var escape = await video.CallAsync("save_clip", new { source = videos.ColoursMp4, start = "0", duration = "1", output = "../escape.mp4" });

        Assert.InRange(audioSeconds, 2.45, 2.55);
        Assert.InRange(clipSeconds, 1.95, 2.1);
        Assert.Contains(wav, VideoClient.Text(audio));
        Assert.Contains(mp4, VideoClient.Text(clip));
        Assert.True(escape.IsError);
        Assert.Contains("plain file name", VideoClient.Text(escape));
        Assert.Empty(Directory.GetFiles(video.Output, "*.partial*"));
    }

    [Fact]
    public async Task HttpUrl_ServedLocally_Works_AndDownloads()
    {
        var bytes = await File.ReadAllBytesAsync(videos.ColoursMp4);
        await using var site = await TestWebSite.StartAsync(new Dictionary<string, Microsoft.AspNetCore.Http.RequestDelegate>
        {
            ["/clip.mp4"] = async context =>
            {
                context.Response.ContentType = "video/mp4";
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes);
            },
        });
        await using var video = await VideoClient.StartAsync(videos);

        var frames = await video.OkAsync("get_frames", new { source = site.Url("/clip.mp4").ToString(), timestamps = new[] { "4.5" } });
        var download = await video.OkAsync("download_video", new { source = site.Url("/clip.mp4").ToString(), output = "copy.mp4" });

        Assert.True(IsBlue(await TestVideos.AverageColourAsync(VideoClient.Images(frames)[0])));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(video.Output, "copy.mp4")));
        Assert.Contains($"{bytes.Length:N0} bytes", VideoClient.Text(download));
    }

    [Theory]
    [InlineData("/etc/hostname", "outside the folders videos may be read from")]
    [InlineData("concat:a.mp4|b.mp4", "Only http and https URLs are accepted (got 'concat:')")]
    [InlineData("file:///etc/passwd", "Only http and https URLs are accepted (got 'file:')")]
    [InlineData("pipe:0", "Only http and https URLs are accepted (got 'pipe:')")]
    public async Task UnsafeSources_AreRefusedClearly(string source, string message)
    {
        await using var video = await VideoClient.StartAsync(videos);

        var result = await video.CallAsync("video_info", new { source });

        Assert.True(result.IsError);
        Assert.Contains(message, VideoClient.Text(result));
    }

    [Fact]
    public async Task TextFileNamedMp4_IsRefusedClearly()
    {
        await using var video = await VideoClient.StartAsync(videos);

        var result = await video.CallAsync("get_frames", new { source = videos.FakeMp4 });

        Assert.True(result.IsError);
        Assert.StartsWith($"{videos.FakeMp4} is not a video ffmpeg can read", VideoClient.Text(result));
    }

    [Fact]
    public async Task CancellingSceneDetection_KillsFfmpeg()
    {
        await using var video = await VideoClient.StartAsync(videos, "--log-level", "error");
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = new Progress(() => started.TrySetResult());

        // Ten minutes to decode keep ffmpeg busy; the first progress report says it is running.
        var call = video.CallAsync("detect_scenes", new { source = videos.VeryLong }, progress, cancel.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var server = ProcessTree.Descendants(Environment.ProcessId).Where(p => ProcessTree.CommandOf(p).Contains("mcp-video", StringComparison.Ordinal)).ToList();
        var ffmpegBefore = server.SelectMany(ProcessTree.Descendants).Where(p => ProcessTree.CommandOf(p).Contains("ffmpeg", StringComparison.Ordinal)).ToList();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await WaitUntilAsync(() => ffmpegBefore.All(p => !ProcessTree.IsAlive(p)), TimeSpan.FromSeconds(10));

        Assert.NotEmpty(ffmpegBefore);
        Assert.All(ffmpegBefore, p => Assert.False(ProcessTree.IsAlive(p), $"ffmpeg {p} still running"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!condition() && !deadline.IsCancellationRequested)
            await Task.Delay(50);
    }

    private static bool IsRed((int R, int G, int B) c) => c.R > 200 && c.G < 60 && c.B < 60;

    private static bool IsGreen((int R, int G, int B) c) => c.G > 200 && c.R < 60 && c.B < 60;

    private static bool IsBlue((int R, int G, int B) c) => c.B > 200 && c.R < 60 && c.G < 60;

    private sealed class Progress(Action onReport) : IProgress<ModelContextProtocol.ProgressNotificationValue>
    {
        public void Report(ModelContextProtocol.ProgressNotificationValue value) => onReport();
    }
}
