using McpServers.Hosting;
using McpServers.Rss.Fetching;
using McpServers.Rss.Storage;
using McpServers.Rss.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Rss;

/// <summary>mcp-rss: feed subscriptions for agents, with a robust parser, filters, read state, history and search.</summary>
internal static class RssServerDefinition
{
    public static McpServerDefinition Create() => new()
    {
        Name = "rss",
        ExecutableName = "mcp-rss",
        Description = "Feeds for AI agents: subscribe to RSS/Atom/JSON feeds (or sites that announce one), refresh them in the background, "
            + "list what is new with filters, read entries as clean text, search everything, and keep track of what was read.",
        Instructions = "Use add_feed to subscribe (a site URL works), digest or get_entries(since=24h, unreadOnly=true) to see what is new, "
            + "get_entry to read one, mark_read when done, search_entries to find older items.",
        DefaultPort = 3103,
        Options = RssOptions.All,
        DescribeToolError = (e, _) => RssOptions.DescribeToolError(e),
        ConfigureServices = (services, settings) =>
        {
            services.AddSingleton(_ => RssOptions.From(settings));
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton(s => new RssDatabase(s.GetRequiredService<RssOptions>().DatabasePath));
            services.AddSingleton<FeedStore>();
            services.AddSingleton<EntryStore>();
            services.AddSingleton<FeedFetcher>();
            services.AddSingleton<FeedSubscriber>();
            services.AddSingleton<FeedRefresher>();
            services.AddSingleton<BackgroundRefresh>();
        },
        ConfigureMcp = mcp => mcp
            .AddTools<FeedTools>(RssJson.ToolOptions)
            .AddTools<RefreshTools>(RssJson.ToolOptions)
            .AddTools<EntryTools>(RssJson.ToolOptions)
            .AddTools<SearchTools>(RssJson.ToolOptions)
            .AddTools<OpmlTools>(RssJson.ToolOptions),
        BeforeServe = (_, services, shutdown) =>
        {
            // Opening the database here turns a bad path into a clear start-up error instead of a failed first call.
            services.GetRequiredService<RssDatabase>();
            services.GetRequiredService<BackgroundRefresh>().Start(shutdown);
            return Task.FromResult<int?>(null);
        },
    };
}
