using System.Text.Json;
using McpServers.Storage;
using McpServers.Video.Media;

namespace McpServers.Video.Sources;

/// <summary>
/// Checks a <c>source</c> before anything runs: local paths must resolve (symlinks followed) inside an allowed root and
/// be files; URLs must be http or https (ffmpeg's own protocols such as <c>concat:</c>, <c>file:</c>, <c>pipe:</c>,
/// <c>subfile:</c> are never reachable); a YouTube/Bilibili page goes through yt-dlp when it is installed.
/// </summary>
internal sealed class SourceResolver(VideoOptions options, YtDlp ytDlp)
{
    private readonly AllowedFolders _folders = new(options.AllowedRoots, options.OutputDirectory, "videos may be read from", "allowed-roots");

    private static readonly string[] PageHosts = ["youtube.com", "youtu.be", "bilibili.com", "b23.tv", "vimeo.com"];

    public async Task<VideoSource> ResolveAsync(string? source, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(source))
            throw new SourceException("'source' is required: a local video path or an http(s) URL.");
        source = source.Trim();
        if (source.Contains("://", StringComparison.Ordinal) || HasScheme(source))
            return await ResolveUrlAsync(source, cancellationToken);
        return ResolvePath(source);
    }

    /// <summary>A path inside the output folder, for files the tools write.</summary>
    public string OutputPath(string fileName) => _folders.WritablePath(fileName);

    private VideoSource ResolvePath(string path)
    {
        var real = _folders.ResolveReadable(path);
        return new VideoSource(real, IsUrl: false, Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path)));
    }

    private async Task<VideoSource> ResolveUrlAsync(string text, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new SourceException($"Only http and https URLs are accepted (got '{text.Split(':')[0]}:'); give a local file as a path.");
        if (IsVideoPage(uri))
        {
            var page = await ytDlp.ResolveAsync(uri, cancellationToken);
            return page;
        }
        return new VideoSource(uri.AbsoluteUri, IsUrl: true, uri.AbsoluteUri);
    }

    /// <summary>A page of a video site (YouTube, Bilibili, Vimeo) that yt-dlp reads, rather than a video file.</summary>
    public static bool IsVideoPage(Uri uri) =>
        PageHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    // "concat:a|b", "pipe:0", "subfile:..." look like relative paths to Path APIs but are ffmpeg protocols.
    private static bool HasScheme(string text)
    {
        var colon = text.IndexOf(':');
        return colon > 1 && text[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }
}

/// <summary>The source cannot be used; the message says why and what is allowed.</summary>
internal sealed class SourceException(string message) : Exception(message);
