using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace McpServers.Rss.Tests;

public sealed class RssServerTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("rss-test-").FullName;

    private string Database => Path.Combine(_folder, "rss.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AddFeed_BySiteUrl_Autodiscovers_ThenRefreshesWithConditionalGet()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/blog/", "<!doctype html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>Blog</body></html>");
        site.Publish("/feed.xml", FeedSite.Rss("News", ("1", "First", "one", Day), ("2", "Second", "two", Day.AddHours(1))));
        await using var rss = await RssClient.StartAsync(Database);

        var added = await rss.OkAsync("add_feed", new { url = site.Url("/blog/").ToString(), tags = new[] { "News" } });
        var unchanged = await rss.OkAsync("refresh_feeds");
        site.Publish("/feed.xml", FeedSite.Rss("News", ("1", "First", "one", Day), ("2", "Second", "two", Day.AddHours(1)), ("3", "Third", "three", Day.AddHours(2))));
        var changed = await rss.OkAsync("refresh_feeds");
        var feeds = await rss.OkAsync("list_feeds");

        Assert.Equal(site.Url("/feed.xml").ToString(), added["feed"]!["url"]!.GetValue<string>());
        Assert.Equal(2, added["newEntries"]!.GetValue<int>());
        Assert.Equal("not modified", unchanged["feeds"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(2, site.ConditionalRequests("/feed.xml"));
        Assert.Equal(1, site.NotModifiedAnswers("/feed.xml"));
        Assert.Equal(1, changed["newEntries"]!.GetValue<int>());
        Assert.Equal(3, feeds["feeds"]![0]!["unread"]!.GetValue<int>());
        Assert.Equal(["news"], feeds["feeds"]![0]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task ReadState_SurvivesRefreshes_AndAnEditedEntryIsUpdatedNotDuplicated()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/feed.xml", FeedSite.Rss("News", ("1", "First", "one", Day), ("2", "Second", "two", Day.AddHours(1))));
        await using var rss = await RssClient.StartAsync(Database);
        await rss.OkAsync("add_feed", new { url = site.Url("/feed.xml").ToString() });
        var before = await rss.OkAsync("get_entries", new { unreadOnly = true });
        var first = before["entries"]!.AsArray().Single(e => e!["title"]!.GetValue<string>() == "First")!["id"]!.GetValue<long>();

        await rss.OkAsync("mark_read", new { ids = new[] { first } });
        site.Publish("/feed.xml", FeedSite.Rss("News", ("1", "First (corrected)", "one, fixed", Day), ("2", "Second", "two", Day.AddHours(1)), ("3", "Third", "three", Day.AddHours(2))));
        var refreshed = await rss.OkAsync("refresh_feeds");
        var all = await rss.OkAsync("get_entries");
        var unread = await rss.OkAsync("get_entries", new { unreadOnly = true });

        Assert.Equal(2, before["total"]!.GetValue<int>());
        Assert.Equal(1, refreshed["feeds"]![0]!["newEntries"]!.GetValue<int>());
        Assert.Equal(1, refreshed["feeds"]![0]!["updatedEntries"]!.GetValue<int>());
        Assert.Equal(3, all["total"]!.GetValue<int>());
        var edited = all["entries"]!.AsArray().Single(e => e!["id"]!.GetValue<long>() == first)!;
        Assert.Equal("First (corrected)", edited["title"]!.GetValue<string>());
        Assert.True(edited["read"]!.GetValue<bool>());
        Assert.Equal(["Third", "Second"], unread["entries"]!.AsArray().Select(e => e!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetEntries_FiltersByKeywordsAndTime_NewestFirst_WithPaging()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/feed.xml", FeedSite.Rss("Food",
            ("1", "Apple pie", "baking with apples", Day.AddDays(-3)),
            ("2", "Apple harvest", "orchards in autumn", Day.AddDays(-2)),
            ("3", "Pear tart", "apple-free", Day.AddDays(-1)),
            ("4", "Apple juice", "pressing", Day)));
        await using var rss = await RssClient.StartAsync(Database);
        await rss.OkAsync("add_feed", new { url = site.Url("/feed.xml").ToString() });

        var apples = await rss.OkAsync("get_entries", new { include = new[] { "APPLE" }, exclude = new[] { "pie" } });
        var recent = await rss.OkAsync("get_entries", new { since = Day.AddDays(-2).ToString("O"), until = Day.ToString("O") });
        var page = await rss.OkAsync("get_entries", new { limit = 2, offset = 0, compact = false });

        Assert.Equal(["Apple juice", "Pear tart", "Apple harvest"], Titles(apples));
        Assert.Equal(["Pear tart", "Apple harvest"], Titles(recent));
        Assert.Equal(["Apple juice", "Pear tart"], Titles(page));
        Assert.Equal(2, page["nextOffset"]!.GetValue<int>());
        Assert.Equal("pressing", page["entries"]![0]!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchEntries_RanksTitleMatchesFirst_WithASnippet()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/feed.xml", FeedSite.Rss("Science",
            ("1", "Weekly roundup", "among many things, a note on quantum sensors and more", Day),
            ("2", "Quantum computing explained", "qubits and gates", Day.AddHours(-1)),
            ("3", "Gardening", "tomatoes", Day.AddHours(-2))));
        await using var rss = await RssClient.StartAsync(Database);
        await rss.OkAsync("add_feed", new { url = site.Url("/feed.xml").ToString() });

        var found = await rss.OkAsync("search_entries", new { query = "quantum" });
        var bad = await rss.CallAsync("search_entries", new { query = "\"unclosed" });

        var results = found["results"]!.AsArray();
        Assert.Equal(2, results.Count);
        Assert.Equal("Quantum computing explained", results[0]!["entry"]!["title"]!.GetValue<string>());
        Assert.Contains("**quantum**", results[1]!["snippet"]!.GetValue<string>());
        Assert.True(bad.IsError);
        Assert.Contains("FTS5", RssClient.Text(bad));
    }

    [Fact]
    public async Task GetEntry_GivesReadableTextWithLinks()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/feed.xml", FeedSite.Rss("Blog", ("1", "Post", "&lt;p&gt;Hello &lt;a href=\"https://example.org/x\"&gt;world&lt;/a&gt;&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;&lt;ul&gt;&lt;li&gt;one&lt;/li&gt;&lt;/ul&gt;", Day)));
        await using var rss = await RssClient.StartAsync(Database);
        await rss.OkAsync("add_feed", new { url = site.Url("/feed.xml").ToString() });
        var id = (await rss.OkAsync("get_entries"))["entries"]![0]!["id"]!.GetValue<long>();

        var entry = await rss.OkAsync("get_entry", new { id });

        Assert.Equal("Hello world (https://example.org/x)\n\n- one", entry["text"]!.GetValue<string>());
        Assert.False(entry["read"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Redirect301_MovesTheSubscription_302DoesNot_And410DisablesIt()
    {
        await using var site = await FeedSite.StartAsync();
        var document = FeedSite.Rss("News", ("1", "First", "one", Day));
        foreach (var path in new[] { "/wandering.xml", "/second.xml", "/third.xml", "/other.xml", "/feed.xml" })
            site.Publish(path, document);
        await using var rss = await RssClient.StartAsync(Database);
        await rss.OkAsync("add_feed", new { url = site.Url("/wandering.xml").ToString() });
        await rss.OkAsync("add_feed", new { url = site.Url("/second.xml").ToString() });
        await rss.OkAsync("add_feed", new { url = site.Url("/third.xml").ToString() });

        site.Answer("/wandering.xml", 301, "/feed.xml");
        site.Answer("/second.xml", 302, "/other.xml");
        site.Answer("/third.xml", 410);
        var refreshed = await rss.OkAsync("refresh_feeds");
        var again = await rss.OkAsync("refresh_feeds");
        var feeds = (await rss.OkAsync("list_feeds"))["feeds"]!.AsArray();

        var urls = feeds.Select(f => f!["url"]!.GetValue<string>()).ToList();
        Assert.Contains(site.Url("/feed.xml").ToString(), urls);
        Assert.DoesNotContain(site.Url("/wandering.xml").ToString(), urls);
        Assert.Contains(site.Url("/second.xml").ToString(), urls);
        var gone = feeds.Single(f => f!["url"]!.GetValue<string>() == site.Url("/third.xml").ToString())!;
        Assert.Equal("gone (HTTP 410)", gone["disabled"]!.GetValue<string>());
        Assert.Contains(refreshed["feeds"]!.AsArray(), o => o!["movedTo"]?.GetValue<string>() == site.Url("/feed.xml").ToString());
        Assert.Equal(2, again["refreshed"]!.GetValue<int>()); // the disabled feed is no longer fetched
    }

    [Fact]
    public async Task GzipFeeds_Read_AndSlowOnesTimeOut()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/gzip.xml", FeedSite.Rss("Zipped", ("1", "Compressed", "small", Day)));
        await using var rss = await RssClient.StartAsync(Database);

        var zipped = await rss.OkAsync("add_feed", new { url = site.Url("/gzip.xml").ToString() });
        var slow = await rss.CallAsync("add_feed", new { url = site.Url("/slow.xml").ToString() });

        Assert.Equal("Zipped", zipped["feed"]!["title"]!.GetValue<string>());
        Assert.True(slow.IsError);
        Assert.Equal("Could not fetch the feed: no answer within 2 s.", RssClient.Text(slow));
    }

    [Fact]
    public async Task FeedThatTurnsIntoHtml_IsReportedAndKeepsItsEntries()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/feed.xml", FeedSite.Rss("News", ("1", "First", "one", Day)));
        await using var rss = await RssClient.StartAsync(Database);
        await rss.OkAsync("add_feed", new { url = site.Url("/feed.xml").ToString() });

        site.Publish("/feed.xml", "<!DOCTYPE html><html><head><title>Moved</title><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/other.xml\"></head><body>We moved</body></html>");
        var refreshed = await rss.OkAsync("refresh_feeds");
        var feed = (await rss.OkAsync("list_feeds"))["feeds"]![0]!;

        Assert.Equal(1, refreshed["failed"]!.GetValue<int>());
        Assert.Equal($"this is an HTML page; it links to these feeds: {site.Url("/other.xml")}", feed["lastError"]!.GetValue<string>());
        Assert.Equal(1, feed["entries"]!.GetValue<int>());
    }

    [Fact]
    public async Task Opml_RoundTrips_WithTags()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/feed.xml", FeedSite.Rss("News", ("1", "First", "one", Day)));
        site.Publish("/other.xml", FeedSite.Rss("Other", ("1", "First", "one", Day)));
        string opml;
        await using (var rss = await RssClient.StartAsync(Database))
        {
            await rss.OkAsync("add_feed", new { url = site.Url("/feed.xml").ToString(), tags = new[] { "news" } });
            await rss.OkAsync("add_feed", new { url = site.Url("/other.xml").ToString() });
            opml = (await rss.OkAsync("export_opml"))["opml"]!.GetValue<string>();
        }
        await using var fresh = await RssClient.StartAsync(Path.Combine(_folder, "fresh.db"));

        var imported = await fresh.OkAsync("import_opml", new { text = opml });
        var again = await fresh.OkAsync("import_opml", new { text = opml });
        var feeds = (await fresh.OkAsync("list_feeds"))["feeds"]!.AsArray();

        Assert.Equal(2, imported["added"]!.AsArray().Count);
        Assert.Equal(2, again["alreadySubscribed"]!.AsArray().Count);
        var news = feeds.Single(f => f!["url"]!.GetValue<string>() == site.Url("/feed.xml").ToString())!;
        Assert.Equal("News", news["title"]!.GetValue<string>());
        Assert.Equal(["news"], news["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task RefreshFeeds_ReportsProgress_AndGetFeedDoesNotSubscribe()
    {
        await using var site = await FeedSite.StartAsync();
        foreach (var path in new[] { "/feed.xml", "/second.xml", "/third.xml" })
            site.Publish(path, FeedSite.Rss(path, ("1", "First", "one", Day)));
        await using var rss = await RssClient.StartAsync(Database);
        var peek = await rss.OkAsync("get_feed", new { url = site.Url("/feed.xml").ToString() });
        Assert.Empty((await rss.OkAsync("list_feeds"))["feeds"]!.AsArray());
        foreach (var path in new[] { "/feed.xml", "/second.xml", "/third.xml" })
            await rss.OkAsync("add_feed", new { url = site.Url(path).ToString() });
        var reports = new List<ProgressNotificationValue>();
        var allReported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A handler for the whole session, not the SDK client's per-call IProgress: the client handles incoming messages
        // concurrently and drops that per-call handler when the result arrives, so with a fast server a progress
        // notification sent before the result can still be handled after it and be lost on the client side.
        await using var handler = rss.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            var update = notification.Params.Deserialize<ProgressNotificationParams>(McpJsonUtilities.DefaultOptions)!;
            lock (reports)
            {
                if (update.ProgressToken.ToString() == "refresh-1")
                    reports.Add(update.Progress);
                if (reports.Count == 3)
                    allReported.TrySetResult();
            }
            return ValueTask.CompletedTask;
        });

        var refreshed = await rss.Client.CallToolAsync(new CallToolRequestParams
        {
            Name = "refresh_feeds",
            Meta = new JsonObject { ["progressToken"] = "refresh-1" },
        });
        Assert.NotEqual(true, refreshed.IsError);
        await allReported.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("/feed.xml", peek["title"]!.GetValue<string>());
        Assert.Equal([1f, 2f, 3f], reports.Select(r => r.Progress).Order());
        Assert.All(reports, r => Assert.Equal(3f, r.Total));
    }

    [Fact]
    public async Task TwoProcesses_RefreshingOneDatabaseAtOnce_StoreEverythingOnce()
    {
        await using var site = await FeedSite.StartAsync();
        var paths = new[] { "/feed.xml", "/second.xml", "/third.xml", "/other.xml" };
        foreach (var path in paths)
            site.Publish(path, FeedSite.Rss(path, Enumerable.Range(0, 30).Select(i => ($"{i}", $"Item {i}", $"text {i}", Day.AddMinutes(i))).ToArray()));
        await using (var setup = await RssClient.StartAsync(Database))
            await setup.OkAsync("import_opml", new { text = $"<opml version=\"2.0\"><body>{string.Concat(paths.Select(p => $"<outline xmlUrl=\"{site.Url(p)}\"/>"))}</body></opml>" });
        await using var first = await RssClient.StartAsync(Database);
        await using var second = await RssClient.StartAsync(Database);

        var results = await Task.WhenAll(first.OkAsync("refresh_feeds"), second.OkAsync("refresh_feeds"));
        var entries = await first.OkAsync("get_entries", new { limit = 200 });

        Assert.All(results, r => Assert.Equal(0, r["failed"]!.GetValue<int>()));
        Assert.Equal(120, results.Sum(r => r["newEntries"]!.GetValue<int>()));
        Assert.Equal(120, entries["total"]!.GetValue<int>());
        Assert.Equal(120, entries["entries"]!.AsArray().Select(e => e!["id"]!.GetValue<long>()).Distinct().Count());
        Assert.All(paths, p => Assert.InRange(site.Requests(p), 1, 2));
    }

    [Fact]
    public async Task Digest_GroupsWhatIsNewByFeed()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/feed.xml", FeedSite.Rss("Alpha", ("1", "A1", "x", DateTimeOffset.UtcNow.AddHours(-1)), ("2", "A-old", "x", DateTimeOffset.UtcNow.AddDays(-5))));
        site.Publish("/other.xml", FeedSite.Rss("Beta", ("1", "B1", "y", DateTimeOffset.UtcNow.AddHours(-2))));
        await using var rss = await RssClient.StartAsync(Database);
        await rss.OkAsync("add_feed", new { url = site.Url("/feed.xml").ToString() });
        await rss.OkAsync("add_feed", new { url = site.Url("/other.xml").ToString() });

        var digest = await rss.CallAsync("digest", new { since = "24h" });
        var text = RssClient.Text(digest);

        Assert.Contains("## Alpha (1 new)", text);
        Assert.Contains("## Beta (1 new)", text);
        Assert.Contains("A1", text);
        Assert.Contains("B1", text);
        Assert.DoesNotContain("A-old", text);
    }

    [Fact]
    public async Task BackgroundRefresh_PicksUpNewEntries_WithoutBeingAsked()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/feed.xml", FeedSite.Rss("News", ("1", "First", "one", Day)).Replace("<ttl>1</ttl>", "", StringComparison.Ordinal));
        await using var rss = new RssClientWithBackground(await McpServers.Testing.ExecutableLauncher.ConnectAsync("McpServers.Rss", "mcp-rss",
            ["--database", Database, "--refresh-interval", "1s", "--fetch-timeout", "2s"]));
        await rss.Client.CallToolAsync("add_feed", new Dictionary<string, object?> { ["url"] = site.Url("/feed.xml").ToString() });
        var requestsAfterAdd = site.Requests("/feed.xml");

        site.Publish("/feed.xml", FeedSite.Rss("News", ("1", "First", "one", Day), ("2", "Second", "two", Day.AddHours(1))).Replace("<ttl>1</ttl>", "", StringComparison.Ordinal));
        var seen = 0;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (seen < 2 && !deadline.IsCancellationRequested)
        {
            // The server refreshes on its own clock; this waits for the effect (each call is a round trip, not a fixed sleep).
            var page = await rss.Client.CallToolAsync("get_entries", new Dictionary<string, object?>(), cancellationToken: deadline.Token);
            seen = page.StructuredContent!.Value.GetProperty("total").GetInt32();
            if (seen < 2)
                await Task.Delay(200, deadline.Token);
        }

        Assert.Equal(2, seen);
        Assert.True(site.Requests("/feed.xml") > requestsAfterAdd);
    }

    private sealed class RssClientWithBackground(ModelContextProtocol.Client.McpClient client) : IAsyncDisposable
    {
        public ModelContextProtocol.Client.McpClient Client { get; } = client;

        public ValueTask DisposeAsync() => Client.DisposeAsync();
    }

    private static List<string> Titles(JsonObject page) => page["entries"]!.AsArray().Select(e => e!["title"]!.GetValue<string>()).ToList();
}
