namespace McpServers.Video.Media;

/// <summary>What ffprobe found in a video.</summary>
internal sealed record VideoInfo
{
    public required string Source { get; init; }
    public double? DurationSeconds { get; init; }
    public string? Container { get; init; }
    public long? SizeBytes { get; init; }
    public long? BitRate { get; init; }
    public IReadOnlyList<StreamInfo> Streams { get; init; } = [];
    public IReadOnlyList<ChapterInfo> Chapters { get; init; } = [];
    public Sources.PageMetadata? Page { get; init; }

    public StreamInfo? Video => Streams.FirstOrDefault(s => s.Type == "video" && !s.IsAttachedPicture);
}

/// <summary>One stream: video (resolution, fps), audio (channels, rate), or subtitles (text or bitmap).</summary>
internal sealed record StreamInfo
{
    public int Index { get; init; }
    /// <summary>Position among streams of its type (the N of ffmpeg's "0:s:N").</summary>
    public int TypeIndex { get; init; }
    public required string Type { get; init; }
    public string? Codec { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public double? FramesPerSecond { get; init; }
    public long? BitRate { get; init; }
    public int? Channels { get; init; }
    public int? SampleRate { get; init; }
    public string? Language { get; init; }
    public string? Title { get; init; }
    /// <summary>For subtitles: text (subrip, ass, mov_text, webvtt) can be read; bitmap (PGS, DVD) cannot.</summary>
    public bool? IsText { get; init; }
    public bool IsAttachedPicture { get; init; }
}

/// <summary>A chapter marker.</summary>
internal sealed record ChapterInfo(double Start, double End, string? Title);
