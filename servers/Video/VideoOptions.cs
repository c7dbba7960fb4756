using McpServers.Hosting;
using McpServers.Storage;

namespace McpServers.Video;

/// <summary>mcp-video settings from its command line and environment.</summary>
internal sealed record VideoOptions
{
    public const string AllowedRootsOption = "allowed-roots";
    public const string OutputDirOption = "output-dir";
    public const string MaxImageEdgeOption = "max-image-edge";
    public const string MaxResultBytesOption = "max-result-bytes";
    public const string FfmpegOption = "ffmpeg-path";
    public const string FfprobeOption = "ffprobe-path";
    public const string TimeoutOption = "command-timeout";
    public const string MaxDownloadBytesOption = "max-download-bytes";

    public IReadOnlyList<string> AllowedRoots { get; init; } = [];
    public required string OutputDirectory { get; init; }
    public int MaxImageEdge { get; init; } = 1280;
    public int MaxResultBytes { get; init; } = 700_000;
    public string FfmpegPath { get; init; } = "ffmpeg";
    public string FfprobePath { get; init; } = "ffprobe";
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(10);
    public long MaxDownloadBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public static string DefaultVideosFolder => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Videos");

    public static IReadOnlyList<ServerOption> Options { get; } =
    [
        new(AllowedRootsOption, "Folders local videos may be read from, comma-separated (paths elsewhere are refused)", "VIDEO_ALLOWED_ROOTS",
            "the working directory (unless it is /) and ~/Videos"),
        new(OutputDirOption, "The only folder extract_audio, save_clip and download_video write to", "VIDEO_OUTPUT_DIR", "~/Videos/mcp-video"),
        new(MaxImageEdgeOption, "Longest edge of returned images, in pixels (Claude downsizes beyond ~1568)", "VIDEO_MAX_IMAGE_EDGE", "1280"),
        new(MaxResultBytesOption, "Largest total of image bytes in one tool result; more is shrunk or refused (Claude Desktop rejects results over 1 MiB)", "VIDEO_MAX_RESULT_BYTES", "700000"),
        new(FfmpegOption, "ffmpeg executable", "VIDEO_FFMPEG", "ffmpeg on PATH"),
        new(FfprobeOption, "ffprobe executable", "VIDEO_FFPROBE", "ffprobe on PATH"),
        new(TimeoutOption, "Stop any single ffmpeg run after this long", "VIDEO_COMMAND_TIMEOUT", "10m"),
        new(MaxDownloadBytesOption, "Largest download accepted", "VIDEO_MAX_DOWNLOAD_BYTES", "2147483648"),
    ];

    // The working directory and ~/Videos; but a client that starts servers in "/" (Claude Desktop does on macOS) must not
    // open the whole disk by default, so a root folder as working directory is left out.
    private static List<string> DefaultRoots()
    {
        var roots = new List<string> { DefaultVideosFolder };
        var cwd = Path.GetFullPath(Environment.CurrentDirectory);
        if (Path.GetPathRoot(cwd) != cwd)
            roots.Insert(0, cwd);
        return roots;
    }

    public static VideoOptions From(ServerSettings settings)
    {
        var roots = settings.Get(AllowedRootsOption) is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(DataPaths.Resolve).ToList()
            : DefaultRoots();
        var output = settings.Get(OutputDirOption) is { } dir ? DataPaths.Resolve(dir) : Path.Combine(DefaultVideosFolder, "mcp-video");
        return new VideoOptions
        {
            AllowedRoots = roots,
            OutputDirectory = output,
            MaxImageEdge = settings.GetInt(MaxImageEdgeOption, 64) ?? 1280,
            MaxResultBytes = settings.GetInt(MaxResultBytesOption, 20_000) ?? 700_000,
            FfmpegPath = settings.Get(FfmpegOption) ?? "ffmpeg",
            FfprobePath = settings.Get(FfprobeOption) ?? "ffprobe",
            CommandTimeout = settings.GetDuration(TimeoutOption) ?? TimeSpan.FromMinutes(10),
            MaxDownloadBytes = settings.GetInt(MaxDownloadBytesOption, 1024) ?? 2L * 1024 * 1024 * 1024,
        };
    }
}
