using System.Diagnostics;
using System.Globalization;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

// video-bench <mcp-video> <clip> <clip-seconds> <repetitions> <output.md>: times the tools over stdio, as a client sees them.
var (server, clip, seconds, repetitions, output) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]),
    double.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), args[4]);
await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
{
    Command = server,
    Arguments = ["--allowed-roots", Path.GetDirectoryName(clip)!],
}), new McpClientOptions { ProtocolVersion = "2025-11-25" });

async Task<(double Median, CallToolResult Last)> TimeAsync(string tool, Dictionary<string, object?> arguments)
{
    var times = new List<double>();
    CallToolResult? last = null;
    for (var i = 0; i < repetitions; i++)
    {
        var clock = Stopwatch.StartNew();
        last = await client.CallToolAsync(tool, arguments);
        times.Add(clock.Elapsed.TotalSeconds);
        if (last.IsError == true)
            throw new InvalidOperationException($"{tool}: {string.Join(" ", last.Content.OfType<TextContentBlock>().Select(t => t.Text))}");
    }
    times.Sort();
    return (times[times.Count / 2], last!);
}

await client.CallToolAsync("video_info", new Dictionary<string, object?> { ["source"] = clip }); // first call pays for process warm-up
var frames = await TimeAsync("get_frames", new() { ["source"] = clip, ["count"] = 8 });
var scenes = await TimeAsync("detect_scenes", new() { ["source"] = clip, ["exact"] = true });
var fastScenes = await TimeAsync("detect_scenes", new() { ["source"] = clip });
var sheet = await TimeAsync("contact_sheet", new() { ["source"] = clip, ["columns"] = 4, ["rows"] = 3 });
var cuts = scenes.Last.StructuredContent!.Value.GetProperty("scenes").GetArrayLength();
var fastCuts = fastScenes.Last.StructuredContent!.Value.GetProperty("scenes").GetArrayLength();
var label = args.Length > 5 ? args[5] : "";
var frameBytes = frames.Last.Content.OfType<ImageContentBlock>().Sum(i => i.DecodedData.Length);
var rows = new[]
{
    $"| 8 evenly spaced exact frames ({frameBytes / 1024} KiB of 1280 px JPEG), {label} | ≤ 1.5 s | {frames.Median:0.00} s |",
    $"| scene detection, exact=true: every frame decoded ({cuts} cuts found), {label} | ≥ 20x real time | {seconds / scenes.Median:0.0}x ({scenes.Median:0.0} s) |",
    $"| scene detection, default: B-frames skipped ({fastCuts} cuts found), {label} | ≥ 20x real time | {seconds / fastScenes.Median:0.0}x ({fastScenes.Median:0.0} s) |",
    $"| contact sheet of 12 exact frames, {label} | ≤ 2 s | {sheet.Median:0.00} s |",
};
await File.WriteAllLinesAsync(output, rows);
Console.WriteLine(string.Join("\n", rows));
