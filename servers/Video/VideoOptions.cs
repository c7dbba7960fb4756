using McpServers.Hosting;
using McpServers.Storage;

namespace McpServers.Video;

/// <summary>mcp-video settings from its command line and environment.</summary>
internal sealed record VideoOptions
{
    public IReadOnlyList<string> AllowedRoots { get; init; } = [];
    public required string OutputDirectory { get; init; }
    public int MaxImageEdge { get; init; } = 1280;
    public int MaxResultBytes { get; init; } = 700_000;
    public string FfmpegPath { get; init; } = "ffmpeg";
    public string FfprobePath { get; init; } = "ffprobe";
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(10);
    public long MaxDownloadBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public static string DefaultVideosFolder => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Videos");

    public static readonly ServerOption<IReadOnlyList<string>> AllowedRootsOption = ServerOption.List("allowed-roots",
        "Folders local videos may be read from, comma-separated (paths elsewhere are refused)", "VIDEO_ALLOWED_ROOTS",
        "the working directory (unless it is /) and ~/Videos");

    public static readonly ServerOption<string?> OutputDirOption = ServerOption.Text("output-dir",
        "The only folder extract_audio, save_clip and download_video write to", "VIDEO_OUTPUT_DIR", defaultText: "~/Videos/mcp-video");

    public static readonly ServerOption<int> MaxImageEdgeOption = ServerOption.Int("max-image-edge",
        "Longest edge of returned images, in pixels (Claude downsizes beyond ~1568)", "VIDEO_MAX_IMAGE_EDGE", 1280, 64);

    public static readonly ServerOption<long> MaxResultBytesOption = ServerOption.Size("max-result-bytes",
        "Largest total of image bytes in one tool result; more is shrunk or refused (Claude Desktop rejects results over 1 MiB)",
        "VIDEO_MAX_RESULT_BYTES", 700_000, 20_000, int.MaxValue);

    public static readonly ServerOption<string?> FfmpegOption = ServerOption.Text("ffmpeg-path", "ffmpeg executable", "VIDEO_FFMPEG", "ffmpeg",
        "ffmpeg on PATH");

    public static readonly ServerOption<string?> FfprobeOption = ServerOption.Text("ffprobe-path", "ffprobe executable", "VIDEO_FFPROBE", "ffprobe",
        "ffprobe on PATH");

    public static readonly ServerOption<TimeSpan> TimeoutOption = ServerOption.Duration("command-timeout",
        "Stop any single ffmpeg run after this long", "VIDEO_COMMAND_TIMEOUT", TimeSpan.FromMinutes(10));

    public static readonly ServerOption<long> MaxDownloadBytesOption = ServerOption.Size("max-download-bytes",
        "Largest download accepted", "VIDEO_MAX_DOWNLOAD_BYTES", 2L * 1024 * 1024 * 1024, 1024);

    public static IReadOnlyList<ServerOption> All { get; } =
    [
        AllowedRootsOption, OutputDirOption, MaxImageEdgeOption, MaxResultBytesOption, FfmpegOption, FfprobeOption, TimeoutOption,
        MaxDownloadBytesOption,
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

    public static VideoOptions From(ServerSettings settings) => new()
    {
        AllowedRoots = settings.IsGiven(AllowedRootsOption) ? settings.Get(AllowedRootsOption).Select(DataPaths.Resolve).ToList() : DefaultRoots(),
        OutputDirectory = settings.Get(OutputDirOption) is { } dir ? DataPaths.Resolve(dir) : Path.Combine(DefaultVideosFolder, "mcp-video"),
        MaxImageEdge = settings.Get(MaxImageEdgeOption),
        MaxResultBytes = (int)settings.Get(MaxResultBytesOption),
        FfmpegPath = settings.Get(FfmpegOption) ?? "ffmpeg",
        FfprobePath = settings.Get(FfprobeOption) ?? "ffprobe",
        CommandTimeout = settings.Get(TimeoutOption),
        MaxDownloadBytes = settings.Get(MaxDownloadBytesOption),
    };

    /// <summary>The video server's known failures as messages (see McpServerDefinition.DescribeToolError).</summary>
    public static string? DescribeToolError(Exception exception) =>
        exception is Sources.SourceException or Media.MediaException or PathRefusedException ? (exception.Message.EndsWith('.') ? exception.Message : exception.Message + ".") : null;
}
