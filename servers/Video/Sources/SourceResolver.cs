using System.Text.Json;
using McpServers.Video.Media;

namespace McpServers.Video.Sources;

/// <summary>
/// Checks a <c>source</c> before anything runs: local paths must resolve (symlinks followed) inside an allowed root and
/// be files; URLs must be http or https (ffmpeg's own protocols such as <c>concat:</c>, <c>file:</c>, <c>pipe:</c>,
/// <c>subfile:</c> are never reachable); a YouTube/Bilibili page goes through yt-dlp when it is installed.
/// </summary>
internal sealed class SourceResolver(VideoOptions options, YtDlp ytDlp)
{
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
    public string OutputPath(string fileName)
    {
        var name = Path.GetFileName(fileName);
        if (name.Length == 0 || name != fileName.Trim() || name.StartsWith('.'))
            throw new SourceException($"'{fileName}' must be a plain file name (no folders); files are written to {options.OutputDirectory}.");
        Directory.CreateDirectory(options.OutputDirectory);
        return Path.Combine(options.OutputDirectory, name);
    }

    private VideoSource ResolvePath(string path)
    {
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path));
        if (!File.Exists(full))
            throw new SourceException($"No file at {full}.");
        var real = RealPath(full);
        var roots = options.AllowedRoots.Select(r => RealPath(Path.GetFullPath(r)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToList();
        if (!roots.Any(r => real.StartsWith(r, StringComparison.Ordinal)))
            throw new SourceException($"{full} is outside the folders videos may be read from ({string.Join(", ", options.AllowedRoots)}); start the server with --allowed-roots to add one.");
        return new VideoSource(real, IsUrl: false, full);
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

    private static string RealPath(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true) : new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null)
                return Path.GetFullPath(target.FullName);
            var parent = Path.GetDirectoryName(path);
            return parent is null || parent == path ? path : Path.Combine(RealPath(parent), Path.GetFileName(path));
        }
        catch (IOException)
        {
            return path;
        }
    }
}

/// <summary>The source cannot be used; the message says why and what is allowed.</summary>
internal sealed class SourceException(string message) : Exception(message);
