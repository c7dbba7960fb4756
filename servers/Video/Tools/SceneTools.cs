using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Video.Media;
using McpServers.Video.Sources;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Video.Tools;

[McpServerToolType]
internal sealed class SceneTools(SourceResolver sources, MediaProbe probe, SceneDetector detector, ContactSheetMaker sheets, VideoOptions options)
{
    [McpServerTool(Name = "detect_scenes", Title = "Detect scenes", ReadOnly = true, OpenWorld = true, UseStructuredContent = true,
        OutputSchemaType = typeof(SceneList))]
    [Description("Scene changes (cuts) with their times and scores, found by decoding a small copy of the picture. Optionally a contact sheet of each scene's first frame. Reports progress; cancellable.")]
    public async Task<CallToolResult> DetectScenesAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("A local video path or an http(s) URL")] string source,
        [Description("How different consecutive frames must be to count as a cut, 0-1 (lower finds more)")] double threshold = 0.3,
        [Description("Also return a contact sheet of the first frame of each scene (at most 30)")] bool withSheet = false,
        [Description("Decode every frame (about 1.5x slower). By default frames no other frame depends on (B-frames) are skipped: cuts are exact when the encoder put a keyframe there, as encoders do at hard cuts, else up to a few frames late")] bool exact = false,
        CancellationToken cancellationToken = default)
    {
        if (threshold is <= 0 or >= 1)
            throw new ToolInputException("'threshold' must be between 0 and 1 (0.3 is a good start)");
        var resolved = await sources.ResolveAsync(source, cancellationToken);
        var info = await probe.ProbeAsync(resolved, cancellationToken);
        var report = ToolProgress.Reporter(context, cancellationToken);
        var duration = info.DurationSeconds;
        var cuts = await detector.DetectAsync(resolved.Input, threshold, duration, fast: !exact,
            report is null || duration is null ? null : seconds => report(seconds, duration.Value, $"decoded {Timestamp.Format(seconds)} of {Timestamp.Format(duration.Value)}"),
            cancellationToken);
        var text = cuts.Count == 0
            ? $"No scene changes above {threshold} in {info.Source}."
            : $"{cuts.Count} scene changes in {info.Source}: " + string.Join(", ", cuts.Select(c => $"{Timestamp.Format(c.Time)} ({c.Score:0.00})"));
        var content = new List<ContentBlock> { new TextContentBlock { Text = text } };
        if (withSheet)
        {
            var starts = new List<double> { 0 };
            starts.AddRange(cuts.Select(c => c.Time + 0.04));
            starts = starts.Take(30).ToList();
            var columns = Math.Min(6, starts.Count);
            var rows = (starts.Count + columns - 1) / columns;
            var sheet = await sheets.MakeAsync(resolved.Input, info, starts, columns, rows, options.MaxImageEdge, cancellationToken);
            content.Add(new TextContentBlock { Text = $"First frame of each scene, {columns} per row: " + string.Join(", ", starts.Select((t, i) => $"{i + 1}: {Timestamp.Format(t)}")) });
            content.Add(ImageContentBlock.FromBytes(sheet.Jpeg, "image/jpeg"));
        }
        return new CallToolResult
        {
            Content = content,
            StructuredContent = System.Text.Json.JsonSerializer.SerializeToElement(new SceneList(cuts, threshold), VideoJson.Default.SceneList),
        };
    }
}
