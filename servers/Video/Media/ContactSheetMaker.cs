using System.Globalization;

namespace McpServers.Video.Media;

/// <summary>
/// A grid of timestamped thumbnails in one JPEG: the thumbnails are grabbed as exact frames (labelled with their time by
/// ffmpeg's drawtext when fonts are available), then tiled by one more ffmpeg run.
/// </summary>
internal sealed class ContactSheetMaker(FfmpegRunner runner, FrameGrabber grabber)
{
    public async Task<ContactSheet> MakeAsync(string input, VideoInfo info, IReadOnlyList<double> times, int columns, int rows, int sheetMaxEdge, CancellationToken cancellationToken)
    {
        var (videoWidth, videoHeight) = FrameGrabber.ScaledSize(info, 4096);
        var thumbWidth = Even(Math.Min(videoWidth, (sheetMaxEdge - 4 * (columns + 1)) / (double)columns));
        var thumbHeight = Even(thumbWidth * videoHeight / (double)videoWidth);
        if (rows * thumbHeight + 4 * (rows + 1) > sheetMaxEdge)
        {
            thumbHeight = Even((sheetMaxEdge - 4 * (rows + 1)) / (double)rows);
            thumbWidth = Even(thumbHeight * videoWidth / (double)videoHeight);
        }
        var scale = $"scale={thumbWidth}:{thumbHeight}";
        var labels = true;
        byte[][] thumbnails;
        try
        {
            thumbnails = await grabber.GrabManyAsync(input, info, times, i => scale + "," + Label(times[i]), 4, cancellationToken);
        }
        catch (MediaException)
        {
            labels = false; // no usable font for drawtext: thumbnails without labels, the times are listed in the text instead
            thumbnails = await grabber.GrabManyAsync(input, info, times, _ => scale, 4, cancellationToken);
        }
        var folder = Directory.CreateTempSubdirectory("mcp-video-sheet-");
        try
        {
            for (var i = 0; i < thumbnails.Length; i++)
                await File.WriteAllBytesAsync(Path.Combine(folder.FullName, $"{i + 1:D4}.jpg"), thumbnails[i], cancellationToken);
            var sheet = await runner.FfmpegAsync(
            [
                "-framerate", "1", "-start_number", "1", "-i", Path.Combine(folder.FullName, "%04d.jpg"),
                "-vf", $"tile={columns}x{rows}:padding=4:margin=4:color=black", "-frames:v", "1", "-c:v", "mjpeg", "-q:v", "4", "-f", "image2pipe", "pipe:1",
            ], cancellationToken);
            return new ContactSheet(sheet, columns * thumbWidth + 4 * (columns + 1), rows * thumbHeight + 4 * (rows + 1), labels);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Label(double time) =>
        $"drawtext=text='{Timestamp.Format(time).Replace(":", "\\:", StringComparison.Ordinal)}':x=4:y=h-th-4:fontsize=h/9:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=3";

    private static int Even(double value) => Math.Max(2, (int)Math.Floor(value / 2) * 2);
}

/// <summary>The sheet and its size.</summary>
internal sealed record ContactSheet(byte[] Jpeg, int Width, int Height, bool Labelled);
