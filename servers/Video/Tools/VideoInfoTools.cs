using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Video.Media;
using McpServers.Video.Sources;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Video.Tools;

[McpServerToolType]
internal sealed class VideoInfoTools(SourceResolver sources, MediaProbe probe)
{
    [McpServerTool(Name = "video_info", Title = "Video information", ReadOnly = true, OpenWorld = true, UseStructuredContent = true,
        OutputSchemaType = typeof(VideoInfo))]
    [Description("Duration, container, file size, streams (codec, resolution, fps, bitrate, audio channels, languages), chapters and subtitle tracks of a video; for YouTube/Bilibili pages (with yt-dlp) also title, uploader, description and upload date.")]
    public async Task<CallToolResult> VideoInfoAsync(
        [Description("A local video path or an http(s) URL")] string source,
        CancellationToken cancellationToken = default)
    {
        var resolved = await sources.ResolveAsync(source, cancellationToken);
        var info = await probe.ProbeAsync(resolved, cancellationToken);
        var video = info.Video!;
        var summary = $"{info.Source}: {Timestamp.Format(info.DurationSeconds ?? 0)}, {video.Width}x{video.Height} {video.Codec} at {video.FramesPerSecond} fps, "
            + $"{info.Streams.Count(s => s.Type == "audio")} audio and {info.Streams.Count(s => s.Type == "subtitle")} subtitle tracks, {info.Chapters.Count} chapters.";
        return ToolResults.Structured(info, VideoJson.Default.VideoInfo, summary + "\n" + ToolJson.Indented(info, VideoJson.Default.VideoInfo));
    }
}
