using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Video.Media;
using McpServers.Video.Sources;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Video.Tools;

[McpServerToolType]
internal sealed class FrameTools(SourceResolver sources, MediaProbe probe, FrameGrabber grabber, ContactSheetMaker sheets, VideoOptions options)
{
    private const int MaxFrames = 50;

    [McpServerTool(Name = "get_frames", Title = "Get frames", ReadOnly = true, OpenWorld = true)]
    [Description("Exact frames of a video as JPEG images, each preceded by its timestamp: N evenly spaced (middle of N equal parts) or at given times. Images are scaled to maxEdge and the whole result kept under the server's byte budget (smaller images, or fewer, and it says so).")]
    public async Task<CallToolResult> GetFramesAsync(
        [Description("A local video path or an http(s) URL")] string source,
        [Description("How many evenly spaced frames (ignored when timestamps are given)")] int count = 8,
        [Description("Exact times instead: seconds (83.5) or [h:]mm:ss(.fff)")] IReadOnlyList<TimeArgument>? timestamps = null,
        [Description("Longest edge of each image in pixels (at most the server's --max-image-edge)")] int? maxEdge = null,
        CancellationToken cancellationToken = default)
    {
        var resolved = await sources.ResolveAsync(source, cancellationToken);
        var info = await probe.ProbeAsync(resolved, cancellationToken);
        var times = Times(info, count, timestamps);
        var edge = Math.Min(maxEdge ?? options.MaxImageEdge, options.MaxImageEdge);
        if (edge < 32)
            throw new ToolInputException("'maxEdge' must be at least 32 pixels");
        var frames = await grabber.GrabAsync(resolved.Input, info, times, edge, 3, cancellationToken);
        var note = "";
        var total = frames.Sum(f => f.Jpeg.Length);
        var smaller = edge;
        for (var attempt = 0; attempt < 3 && total > options.MaxResultBytes && smaller > 64; attempt++)
        {
            // JPEG size goes roughly with the pixel count: shrink both edges by the square root of the overshoot.
            smaller = Math.Max(64, (int)(smaller * Math.Sqrt(options.MaxResultBytes / (double)total) * 0.9));
            frames = await grabber.GrabAsync(resolved.Input, info, times, smaller, 5, cancellationToken);
            total = frames.Sum(f => f.Jpeg.Length);
            note = $"Images were scaled down to {smaller} px (from {edge}) to keep the result under {options.MaxResultBytes:N0} bytes. ";
        }
        if (total > options.MaxResultBytes)
        {
            var kept = new List<Frame>();
            var bytes = 0;
            foreach (var frame in frames)
            {
                if (bytes + frame.Jpeg.Length > options.MaxResultBytes)
                    break;
                kept.Add(frame);
                bytes += frame.Jpeg.Length;
            }
            if (kept.Count < frames.Count)
                note += $"Only the first {kept.Count} of {frames.Count} frames fit; ask for the rest with timestamps, or use contact_sheet. ";
            frames = kept;
        }
        var content = new List<ContentBlock> { new TextContentBlock { Text = $"{frames.Count} frames of {info.Source} ({Timestamp.Format(info.DurationSeconds ?? 0)} long). {note}".TrimEnd() } };
        foreach (var frame in frames)
        {
            content.Add(new TextContentBlock { Text = $"Frame at {Timestamp.Format(frame.Time)} ({frame.Time:0.###} s), {frame.Width}x{frame.Height}" });
            content.Add(ImageContentBlock.FromBytes(frame.Jpeg, "image/jpeg"));
        }
        return new CallToolResult { Content = content };
    }

    [McpServerTool(Name = "contact_sheet", Title = "Contact sheet", ReadOnly = true, OpenWorld = true)]
    [Description("One image with a grid of timestamped thumbnails spread evenly over the video (or a part of it): the cheapest overview of what happens.")]
    public async Task<CallToolResult> ContactSheetAsync(
        [Description("A local video path or an http(s) URL")] string source,
        [Description("Thumbnails per row")] int columns = 4,
        [Description("Rows")] int rows = 3,
        [Description("Start of the part to cover (seconds or [h:]mm:ss); default the beginning")] TimeArgument? start = null,
        [Description("End of the part to cover; default the end")] TimeArgument? end = null,
        CancellationToken cancellationToken = default)
    {
        if (columns is < 1 or > 10 || rows is < 1 or > 10)
            throw new ToolInputException("'columns' and 'rows' must be from 1 to 10");
        var resolved = await sources.ResolveAsync(source, cancellationToken);
        var info = await probe.ProbeAsync(resolved, cancellationToken);
        var from = start?.Seconds("start") ?? 0;
        var to = end?.Seconds("end") ?? info.DurationSeconds ?? 0;
        if (to <= from)
            throw new ToolInputException($"'end' must come after 'start' (the video is {info.DurationSeconds:0.###} s long)");
        var count = columns * rows;
        var times = Enumerable.Range(0, count).Select(i => from + (i + 0.5) * (to - from) / count).ToList();
        var sheet = await sheets.MakeAsync(resolved.Input, info, times, columns, rows, options.MaxImageEdge, cancellationToken);
        var legend = string.Join(", ", times.Select((t, i) => $"{i + 1}: {Timestamp.Format(t)}"));
        return new CallToolResult
        {
            Content =
            [
                new TextContentBlock { Text = $"Contact sheet of {info.Source}: {columns}x{rows} thumbnails, left to right, top to bottom, {sheet.Width}x{sheet.Height} px. Times: {legend}" },
                ImageContentBlock.FromBytes(sheet.Jpeg, "image/jpeg"),
            ],
        };
    }

    private static List<double> Times(VideoInfo info, int count, IReadOnlyList<TimeArgument>? timestamps)
    {
        if (timestamps is { Count: > 0 })
        {
            if (timestamps.Count > MaxFrames)
                throw new ToolInputException($"at most {MaxFrames} timestamps per call");
            var times = timestamps.Select(t => t.Seconds("timestamps")).ToList();
            if (info.DurationSeconds is { } d && times.FirstOrDefault(t => t > d) is var late && late > d)
                throw new ToolInputException($"{late:0.###} s is past the end of the video ({d:0.###} s)");
            return times;
        }
        if (count is < 1 or > MaxFrames)
            throw new ToolInputException($"'count' must be from 1 to {MaxFrames}");
        var duration = info.DurationSeconds ?? throw new ToolInputException("the video's duration is unknown; give timestamps");
        return Enumerable.Range(0, count).Select(i => (i + 0.5) * duration / count).ToList();
    }
}
