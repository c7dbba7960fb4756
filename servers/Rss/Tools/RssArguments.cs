using McpServers.Hosting;
using McpServers.Rss.Parsing;
using McpServers.Rss.Storage;

namespace McpServers.Rss.Tools;

/// <summary>Reads the arguments the RSS tools share: feeds by id or URL, tags, and times.</summary>
internal static class RssArguments
{
    /// <summary>The feed a tool argument names (id or URL), or an error listing how to find one.</summary>
    public static FeedRecord RequireFeed(FeedStore feeds, string? idOrUrl, string parameter = "url") =>
        string.IsNullOrWhiteSpace(idOrUrl) ? throw new ToolInputException($"'{parameter}' is required: a subscribed feed's URL or id (see list_feeds).")
        : feeds.Find(idOrUrl) ?? throw new ToolInputException($"No subscription '{idOrUrl}'. list_feeds shows the subscribed feeds with their ids and URLs.");

    /// <summary>Feed ids from ids/URLs and tags; empty when neither was given (all feeds).</summary>
    public static IReadOnlyList<long> FeedIds(FeedStore feeds, IReadOnlyList<string>? idsOrUrls, IReadOnlyList<string>? tags)
    {
        var ids = new List<long>();
        foreach (var key in idsOrUrls ?? [])
            ids.Add(RequireFeed(feeds, key, "feeds").Id);
        foreach (var tag in tags ?? [])
        {
            var tagged = feeds.List(tag);
            if (tagged.Count == 0)
                throw new ToolInputException($"No feed has the tag '{tag}'. list_feeds shows each feed's tags.");
            ids.AddRange(tagged.Select(f => f.Id));
        }
        return ids.Distinct().ToList();
    }

    /// <summary>A time argument: ISO 8601 ("2026-11-20", "2026-11-20T08:00:00Z") or an age ("24h", "7d", "90m").</summary>
    public static DateTimeOffset? Time(string? text, string parameter, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var age = System.Text.RegularExpressions.Regex.Match(text.Trim(), @"^(\d+(?:\.\d+)?)\s*(m|min|h|d|w)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (age.Success)
        {
            var amount = double.Parse(age.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var unit = age.Groups[2].Value.ToLowerInvariant() switch { "h" => TimeSpan.FromHours(1), "d" => TimeSpan.FromDays(1), "w" => TimeSpan.FromDays(7), _ => TimeSpan.FromMinutes(1) };
            return time.GetUtcNow() - unit * amount;
        }
        return FeedDates.Parse(text) ?? throw new ToolInputException($"'{parameter}' must be a date/time (2026-11-20 or 2026-11-20T08:00:00Z) or an age such as 24h or 7d; got '{text}'.");
    }
}
