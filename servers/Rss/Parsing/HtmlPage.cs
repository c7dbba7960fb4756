using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace McpServers.Rss.Parsing;

/// <summary>HTML through AngleSharp: feed autodiscovery on web pages (entry HTML becomes text through McpServers.Text's HtmlText).</summary>
internal static class HtmlPage
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>The feeds a page announces with <c>&lt;link rel="alternate" type="application/rss+xml|atom+xml|feed+json"&gt;</c>, absolute.</summary>
    public static IReadOnlyList<string> DiscoverFeeds(string html, Uri? pageUrl)
    {
        using var document = Parser.ParseDocument(html);
        return document.QuerySelectorAll("link[rel][href]")
            .Where(l => l.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("alternate", StringComparer.OrdinalIgnoreCase))
            .Where(l => l.GetAttribute("type")?.ToLowerInvariant() is "application/rss+xml" or "application/atom+xml" or "application/feed+json" or "application/json" or "application/rdf+xml")
            .Select(l => XmlFeedElements.Resolve(l.GetAttribute("href")!, pageUrl))
            .Distinct()
            .ToList();
    }
}
