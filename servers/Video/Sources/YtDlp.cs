using System.Diagnostics;
using System.Text.Json;

namespace McpServers.Video.Sources;

/// <summary>yt-dlp, when installed, turns a video page (YouTube, Bilibili, Vimeo) into a direct stream URL and its metadata.</summary>
internal sealed class YtDlp
{
    public static bool IsInstalled => FindOnPath("yt-dlp") is not null;

    public async Task<VideoSource> ResolveAsync(Uri page, CancellationToken cancellationToken)
    {
        if (FindOnPath("yt-dlp") is not { } exe)
            throw new SourceException($"{page.Host} pages need yt-dlp (not installed: pipx install yt-dlp, or apt-get install yt-dlp); or give a direct video URL.");
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--dump-single-json", "--no-playlist", "-f", "best[height<=720]/best", "--", page.AbsoluteUri })
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new SourceException($"yt-dlp could not read {page}: {error.Trim().Split('\n')[^1]}");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var url = Text("url") ?? throw new SourceException($"yt-dlp found no single stream for {page}");
        return new VideoSource(url, IsUrl: true, page.AbsoluteUri, new PageMetadata(Text("title"), Text("uploader"), Text("description"), Text("upload_date"), page.AbsoluteUri));
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
