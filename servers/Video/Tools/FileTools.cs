using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Video.Media;
using McpServers.Video.Sources;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Video.Tools;

[McpServerToolType]
internal sealed class FileTools(SourceResolver sources, MediaProbe probe, MediaWriter writer, Downloader downloader)
{
    [McpServerTool(Name = "extract_audio", Title = "Extract audio", OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(WrittenFile))]
    [Description("Save the audio of a video (or a part) to a file in the output folder, by default 16 kHz mono WAV, the input speech-to-text tools expect.")]
    public async Task<CallToolResult> ExtractAudioAsync(
        [Description("A local video path or an http(s) URL")] string source,
        [Description("File name to write in the output folder (.wav, .mp3, .flac, .m4a, .ogg)")] string output = "audio.wav",
        [Description("Start (seconds or [h:]mm:ss); default the beginning")] TimeArgument? start = null,
        [Description("Length (seconds or [h:]mm:ss); default to the end")] TimeArgument? duration = null,
        [Description("Sample rate in Hz")] int sampleRate = 16000,
        [Description("Mix down to one channel")] bool mono = true,
        CancellationToken cancellationToken = default)
    {
        if (sampleRate is < 8000 or > 192000)
            throw new ToolInputException("'sampleRate' must be from 8000 to 192000");
        var resolved = await sources.ResolveAsync(source, cancellationToken);
        var info = await probe.ProbeAsync(resolved, cancellationToken, requireVideo: false);
        if (info.Streams.All(s => s.Type != "audio"))
            throw new ToolInputException($"{info.Source} has no audio track");
        var path = sources.OutputPath(output);
        await writer.ExtractAudioAsync(resolved.Input, path, Optional(start, "start"), Optional(duration, "duration"), sampleRate, mono, cancellationToken);
        return Written(path);
    }

    [McpServerTool(Name = "save_clip", Title = "Save a clip", OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(WrittenFile))]
    [Description("Save a segment of a video to a file in the output folder: re-encoded so it starts exactly at 'start' (or stream-copied from the keyframe before it, faster, with copy=true).")]
    public async Task<CallToolResult> SaveClipAsync(
        [Description("A local video path or an http(s) URL")] string source,
        [Description("Start (seconds or [h:]mm:ss)")] TimeArgument start,
        [Description("Length (seconds or [h:]mm:ss)")] TimeArgument duration,
        [Description("File name to write in the output folder (.mp4, .mkv, .mov)")] string output = "clip.mp4",
        [Description("Copy streams instead of re-encoding (fast; starts at the keyframe before 'start')")] bool copy = false,
        CancellationToken cancellationToken = default)
    {
        var resolved = await sources.ResolveAsync(source, cancellationToken);
        var info = await probe.ProbeAsync(resolved, cancellationToken);
        var from = start.Seconds("start");
        var length = duration.Seconds("duration");
        if (length <= 0)
            throw new ToolInputException("'duration' must be more than 0");
        if (info.DurationSeconds is { } total && from >= total)
            throw new ToolInputException($"'start' is past the end of the video ({total:0.###} s)");
        var path = sources.OutputPath(output);
        await writer.SaveClipAsync(resolved.Input, path, from, length, copy, cancellationToken);
        return Written(path);
    }

    [McpServerTool(Name = "download_video", Title = "Download a video", OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(WrittenFile))]
    [Description("Download a video URL to the output folder (yt-dlp for YouTube/Bilibili pages when installed, else a direct download), with progress and a size cap; later tools can use the local file.")]
    public async Task<CallToolResult> DownloadVideoAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("An http(s) URL of a video file or a video page")] string source,
        [Description("File name to write in the output folder")] string output = "video.mp4",
        CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(source?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new ToolInputException("'source' must be an http(s) URL");
        var path = sources.OutputPath(output);
        var report = ToolProgress.Reporter(context, cancellationToken);
        var bytes = await downloader.DownloadAsync(url, path, SourceResolver.IsVideoPage(url),
            report is null ? null : (done, total) => report(done, total ?? 0, $"{done / 1048576.0:0.0} MB"), cancellationToken);
        return ToolResults.Structured(new WrittenFile(path, bytes), VideoJson.Default.WrittenFile, $"Downloaded {bytes:N0} bytes to {path}.");
    }

    private static double? Optional(TimeArgument? time, string parameter) => time?.Seconds(parameter);

    private static CallToolResult Written(string path)
    {
        var bytes = new FileInfo(path).Length;
        return ToolResults.Structured(new WrittenFile(path, bytes), VideoJson.Default.WrittenFile, $"Wrote {path} ({bytes:N0} bytes).");
    }
}
