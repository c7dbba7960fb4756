using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace McpServers.Video.Sources;

/// <summary>Saves a video URL to the output folder: yt-dlp for video pages, a capped HTTP download otherwise; progress either way.</summary>
internal sealed partial class Downloader(VideoOptions options, HttpClient http)
{
    public async Task<long> DownloadAsync(Uri url, string output, bool isPage, Func<long, long?, Task>? progress, CancellationToken cancellationToken)
    {
        var temp = output + $".{Guid.NewGuid():N}.partial";
        try
        {
            if (isPage)
                await WithYtDlpAsync(url, temp, progress, cancellationToken);
            else
                await DirectAsync(url, temp, progress, cancellationToken);
            File.Move(temp, output, overwrite: true);
            return new FileInfo(output).Length;
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    private async Task DirectAsync(Uri url, string temp, Func<long, long?, Task>? progress, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new SourceException($"{url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        var total = response.Content.Headers.ContentLength;
        if (total > options.MaxDownloadBytes)
            throw new SourceException($"{url} is {total:N0} bytes, over the {options.MaxDownloadBytes:N0}-byte download limit (--max-download-bytes)");
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var file = File.Create(temp);
        var buffer = new byte[1 << 16];
        long written = 0;
        var lastReport = Stopwatch.StartNew();
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            written += read;
            if (written > options.MaxDownloadBytes)
                throw new SourceException($"{url} is over the {options.MaxDownloadBytes:N0}-byte download limit (--max-download-bytes)");
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            if (progress is not null && lastReport.ElapsedMilliseconds >= 250)
            {
                lastReport.Restart();
                await progress(written, total);
            }
        }
        if (progress is not null)
            await progress(written, total ?? written);
    }

    private async Task WithYtDlpAsync(Uri page, string temp, Func<long, long?, Task>? progress, CancellationToken cancellationToken)
    {
        if (!YtDlp.IsInstalled)
            throw new SourceException($"{page.Host} pages need yt-dlp (not installed); give a direct video URL instead.");
        var info = new ProcessStartInfo("yt-dlp") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--no-playlist", "--newline", "-f", "best[height<=720]/best", "--max-filesize", options.MaxDownloadBytes.ToString(CultureInfo.InvariantCulture), "-o", temp, "--", page.AbsoluteUri })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        await using var registration = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (progress is not null && PercentPattern().Match(line) is { Success: true } m)
                await progress((long)(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 10), 1000);
        }
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || !File.Exists(temp))
            throw new SourceException($"yt-dlp could not download {page}: {(await process.StandardError.ReadToEndAsync(cancellationToken)).Trim().Split('\n')[^1]}");
    }

    [GeneratedRegex(@"\[download\]\s+([0-9.]+)%")]
    private static partial Regex PercentPattern();
}
