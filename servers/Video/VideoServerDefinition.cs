using McpServers.Hosting;
using McpServers.Video.Media;
using McpServers.Video.Sources;
using McpServers.Video.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Video;

/// <summary>mcp-video: lets a model "watch" a video through metadata, exact frames, contact sheets, scenes and subtitles.</summary>
internal static class VideoServerDefinition
{
    public static McpServerDefinition Create() => new()
    {
        Name = "video",
        ExecutableName = "mcp-video",
        Description = "Video for AI agents through ffmpeg: metadata, exact frames and contact sheets as images sized for model limits, "
            + "scene changes, subtitles as timed text, audio for transcription, clips and downloads.",
        Instructions = "Start with video_info and contact_sheet for an overview; get_frames at the times that matter; detect_scenes to find cuts; "
            + "get_subtitles for what is said. Images are budgeted to fit client limits.",
        DefaultPort = 3104,
        Options = VideoOptions.All,
        DescribeToolError = (e, _) => VideoOptions.DescribeToolError(e),
        ConfigureServices = (services, settings) =>
        {
            services.AddSingleton(_ => VideoOptions.From(settings));
            services.AddSingleton<FfmpegRunner>();
            services.AddSingleton<MediaProbe>();
            services.AddSingleton<FrameGrabber>();
            services.AddSingleton<ContactSheetMaker>();
            services.AddSingleton<SceneDetector>();
            services.AddSingleton<SubtitleReader>();
            services.AddSingleton<MediaWriter>();
            services.AddSingleton<YtDlp>();
            services.AddSingleton<SourceResolver>();
            services.AddSingleton(_ => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
            services.AddSingleton<Downloader>();
        },
        ConfigureMcp = mcp => mcp
            .AddTools<VideoInfoTools>(VideoJson.ToolOptions)
            .AddTools<FrameTools>(VideoJson.ToolOptions)
            .AddTools<SceneTools>(VideoJson.ToolOptions)
            .AddTools<SubtitleTools>(VideoJson.ToolOptions)
            .AddTools<FileTools>(VideoJson.ToolOptions),
        BeforeServe = (_, services, _) =>
        {
            services.GetRequiredService<VideoOptions>();
            return Task.FromResult<int?>(null);
        },
    };
}
