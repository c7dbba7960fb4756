using System.ComponentModel;
using System.Text;
using McpServers.Hosting;
using McpServers.Video.Media;
using McpServers.Video.Sources;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Video.Tools;

[McpServerToolType]
internal sealed class SubtitleTools(SourceResolver sources, MediaProbe probe, SubtitleReader reader)
{
    [McpServerTool(Name = "get_subtitles", Title = "Get subtitles", ReadOnly = true, OpenWorld = true, UseStructuredContent = true,
        OutputSchemaType = typeof(SubtitlePage))]
    [Description("An embedded text subtitle track as timed text, paged. Lists the tracks when there are several; bitmap tracks (PGS, DVD) are reported as such since they hold pictures, not text.")]
    public async Task<CallToolResult> GetSubtitlesAsync(
        [Description("A local video path or an http(s) URL")] string source,
        [Description("Which subtitle track: its number among subtitle tracks (0 = first) or a language code such as 'en'")] string? track = null,
        [Description("Cues to skip")] int offset = 0,
        [Description("Cues to return (1-1000)")] int limit = 200,
        CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > 1000 || offset < 0)
            throw new ToolInputException("'limit' must be from 1 to 1000 and 'offset' 0 or more");
        var resolved = await sources.ResolveAsync(source, cancellationToken);
        var info = await probe.ProbeAsync(resolved, cancellationToken);
        var tracks = info.Streams.Where(s => s.Type == "subtitle").ToList();
        if (tracks.Count == 0)
            throw new ToolInputException($"{info.Source} has no subtitle tracks");
        var chosen = track is null ? tracks.FirstOrDefault(t => t.IsText == true) ?? tracks[0]
            : int.TryParse(track, out var n) ? tracks.ElementAtOrDefault(n)
            : tracks.FirstOrDefault(t => string.Equals(t.Language, track, StringComparison.OrdinalIgnoreCase));
        var list = string.Join(", ", tracks.Select(t => $"{t.TypeIndex}: {t.Language ?? "und"} {t.Codec}{(t.IsText == true ? "" : " (bitmap)")}"));
        if (chosen is null)
            throw new ToolInputException($"no subtitle track '{track}'; the tracks are {list}");
        if (chosen.IsText != true)
            throw new ToolInputException($"subtitle track {chosen.TypeIndex} ({chosen.Codec}) is a bitmap track: it holds pictures of text, which cannot be read as text; use get_frames at its times. Tracks: {list}");
        var cues = await reader.ReadAsync(resolved.Input, chosen.TypeIndex, cancellationToken);
        var page = cues.Skip(offset).Take(limit).ToList();
        var next = offset + page.Count < cues.Count ? offset + page.Count : (int?)null;
        var text = new StringBuilder($"Track {chosen.TypeIndex} ({chosen.Language ?? "und"}, {chosen.Codec}): cues {offset + 1}-{offset + page.Count} of {cues.Count}.\n");
        foreach (var cue in page)
            text.Append('[').Append(Timestamp.Format(cue.Start)).Append(" - ").Append(Timestamp.Format(cue.End)).Append("] ").Append(cue.Text.Replace('\n', ' ')).Append('\n');
        if (next is not null)
            text.Append($"More: call again with offset={next}.");
        return ToolResults.Structured(new SubtitlePage(chosen.TypeIndex, chosen.Language, cues.Count, offset, next, page, tracks), VideoJson.Default.SubtitlePage,
            text.ToString().TrimEnd());
    }
}
