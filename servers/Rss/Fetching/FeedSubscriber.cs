using McpServers.Rss.Parsing;
using McpServers.Rss.Storage;

namespace McpServers.Rss.Fetching;

/// <summary>Turns a URL someone gives (a feed, or a site that announces one) into a fetched, parsed feed.</summary>
internal sealed class FeedSubscriber(FeedFetcher fetcher, RssOptions options)
{
    /// <summary>The feed at <paramref name="url"/>, following a page's autodiscovery link; the URL it was found at.</summary>
    /// <exception cref="FetchException">The URL could not be fetched.</exception>
    /// <exception cref="FeedFormatException">Neither the URL nor what it links to is a feed.</exception>
    public async Task<(ParsedFeed Feed, FetchResult Fetch, IReadOnlyList<string> Alternatives)> DiscoverAsync(string url, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, null, null, cancellationToken);
        try
        {
            return (FeedParser.Parse(fetched.Body, new Uri(fetched.FinalUrl), fetched.Charset, options.MaxFeedBytes), fetched, []);
        }
        catch (FeedFormatException page) when (page.DiscoveredFeeds.Count > 0)
        {
            var feedUrl = page.DiscoveredFeeds[0];
            var feedFetch = await fetcher.FetchAsync(feedUrl, null, null, cancellationToken);
            return (FeedParser.Parse(feedFetch.Body, new Uri(feedFetch.FinalUrl), feedFetch.Charset, options.MaxFeedBytes), feedFetch, page.DiscoveredFeeds.Skip(1).ToList());
        }
    }
}
