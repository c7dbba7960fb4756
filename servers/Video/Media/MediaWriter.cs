using System.Globalization;

namespace McpServers.Video.Media;

/// <summary>Files cut from a video: audio for transcription, or a clip. Written to a temporary name, then renamed.</summary>
internal sealed class MediaWriter(FfmpegRunner runner)
{
    public Task ExtractAudioAsync(string input, string output, double? start, double? duration, int sampleRate, bool mono, CancellationToken cancellationToken) =>
        WriteAsync(output, temp =>
        [
            .. Range(start, duration), "-i", input, "-vn", "-sn", "-dn", "-ac", mono ? "1" : "2", "-ar", sampleRate.ToString(CultureInfo.InvariantCulture),
            .. AudioCodec(output), "-y", temp,
        ], cancellationToken);

    /// <summary>A clip re-encoded from exactly <paramref name="start"/> (or stream-copied from the keyframe before it when <paramref name="copy"/>).</summary>
    public Task SaveClipAsync(string input, string output, double start, double duration, bool copy, CancellationToken cancellationToken) =>
        WriteAsync(output, temp =>
        [
            .. Range(start, duration), "-i", input, "-map", "0:v:0?", "-map", "0:a?",
            .. copy ? new[] { "-c", "copy" } : ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-c:a", "aac"],
            "-movflags", "+faststart", "-y", temp,
        ], cancellationToken);

    private async Task WriteAsync(string output, Func<string, string[]> arguments, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileNameWithoutExtension(output)}.{Guid.NewGuid():N}.partial{Path.GetExtension(output)}");
        try
        {
            await runner.FfmpegAsync(arguments(temp), cancellationToken);
            File.Move(temp, output, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    private static string[] Range(double? start, double? duration) =>
    [
        .. start is { } s ? new[] { "-ss", s.ToString("0.###", CultureInfo.InvariantCulture) } : [],
        .. duration is { } d ? new[] { "-t", d.ToString("0.###", CultureInfo.InvariantCulture) } : [],
    ];

    private static string[] AudioCodec(string output) => Path.GetExtension(output).ToLowerInvariant() switch
    {
        ".wav" => ["-c:a", "pcm_s16le"],
        ".mp3" => ["-c:a", "libmp3lame", "-q:a", "4"],
        ".flac" => ["-c:a", "flac"],
        ".ogg" or ".opus" => ["-c:a", "libopus"],
        _ => ["-c:a", "aac"],
    };
}
