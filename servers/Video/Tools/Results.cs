using McpServers.Video.Media;

namespace McpServers.Video.Tools;

/// <summary>A file a tool wrote into the output folder.</summary>
internal sealed record WrittenFile(string Path, long Bytes);

/// <summary>The scene changes found, and the threshold they passed.</summary>
internal sealed record SceneList(IReadOnlyList<SceneCut> Scenes, double Threshold);

/// <summary>A page of a subtitle track's cues, and the other tracks.</summary>
internal sealed record SubtitlePage(int Track, string? Language, int Total, int Offset, int? NextOffset, IReadOnlyList<SubtitleCue> Cues,
    IReadOnlyList<StreamInfo> Tracks);
