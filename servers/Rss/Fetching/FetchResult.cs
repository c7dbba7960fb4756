using System.Net;

namespace McpServers.Rss.Fetching;

/// <summary>What one HTTP fetch of a feed URL found.</summary>
internal sealed record FetchResult
{
    public required HttpStatusCode Status { get; init; }
    /// <summary>The URL that answered, after redirects.</summary>
    public required string FinalUrl { get; init; }
    /// <summary>Set when every redirect on the way was permanent (301/308): the subscription should move there.</summary>
    public string? PermanentUrl { get; init; }
    public byte[] Body { get; init; } = [];
    public string? Charset { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    /// <summary>Cache-Control max-age, when the server sent one.</summary>
    public TimeSpan? MaxAge { get; init; }

    public bool NotModified => Status == HttpStatusCode.NotModified;
}
