namespace McpServers.Video.Sources;

/// <summary>A video ffmpeg may open: an absolute local path inside an allowed root, or an http(s) URL.</summary>
internal sealed record VideoSource(string Input, bool IsUrl, string Display, PageMetadata? Page = null);

/// <summary>What yt-dlp says about a video page.</summary>
internal sealed record PageMetadata(string? Title, string? Uploader, string? Description, string? UploadDate, string PageUrl);
