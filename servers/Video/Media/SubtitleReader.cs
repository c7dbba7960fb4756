using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace McpServers.Video.Media;

/// <summary>A text subtitle track converted by ffmpeg to SRT and read into timed cues.</summary>
internal sealed partial class SubtitleReader(FfmpegRunner runner)
{
    public async Task<IReadOnlyList<SubtitleCue>> ReadAsync(string input, int trackTypeIndex, CancellationToken cancellationToken)
    {
        var srt = await runner.FfmpegAsync(["-i", input, "-map", $"0:s:{trackTypeIndex}", "-f", "srt", "pipe:1"], cancellationToken);
        return Parse(Encoding.UTF8.GetString(srt));
    }

    public static IReadOnlyList<SubtitleCue> Parse(string srt)
    {
        var cues = new List<SubtitleCue>();
        foreach (var block in srt.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var timing = lines.Select((l, i) => (Match: TimingPattern().Match(l), Index: i)).FirstOrDefault(x => x.Match.Success);
            if (timing.Match is null)
                continue;
            var text = string.Join("\n", lines.Skip(timing.Index + 1)).Trim();
            text = TagPattern().Replace(text, "");
            cues.Add(new SubtitleCue(Seconds(timing.Match.Groups[1].Value), Seconds(timing.Match.Groups[2].Value), text));
        }
        return cues;
    }

    private static double Seconds(string text) =>
        TimeSpan.ParseExact(text.Replace(',', '.'), @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture).TotalSeconds;

    [GeneratedRegex(@"(\d{2}:\d{2}:\d{2}[,.]\d{3})\s*-->\s*(\d{2}:\d{2}:\d{2}[,.]\d{3})")]
    private static partial Regex TimingPattern();

    [GeneratedRegex(@"</?(?:i|b|u|font)[^>]*>|\{\\[^}]*\}")]
    private static partial Regex TagPattern();
}

/// <summary>One subtitle: shown from Start to End (seconds).</summary>
internal sealed record SubtitleCue(double Start, double End, string Text);
