namespace McpServers.Rss.Parsing;

/// <summary>The document is not a feed we can read; the message names what was found instead.</summary>
internal sealed class FeedFormatException(string message, IReadOnlyList<string>? discoveredFeeds = null) : Exception(message)
{
    /// <summary>Feeds an HTML page links to (autodiscovery), when the document was a page.</summary>
    public IReadOnlyList<string> DiscoveredFeeds { get; } = discoveredFeeds ?? [];
}
