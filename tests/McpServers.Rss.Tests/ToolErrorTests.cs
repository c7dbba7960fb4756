namespace McpServers.Rss.Tests;

/// <summary>Bad calls get errors that name what was wrong, and each failure is described as what it is.</summary>
public sealed class ToolErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rss-errors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task WronglyTypedAndMissingArguments_AreNamed()
    {
        await using var rss = await RssClient.StartAsync(Path.Combine(_folder, "rss.db"));

        var wrongType = await rss.CallAsync("get_entries", new { limit = "ten" });
        var notAList = await rss.CallAsync("add_feed", new { url = "http://127.0.0.1:9/feed.xml", tags = "news" });
        var missing = await rss.CallAsync("search_entries", new { });

        Assert.Contains("limit: expected integer, got string \"ten\"", RssClient.Text(wrongType));
        Assert.Contains("tags: expected array or null, got string \"news\"", RssClient.Text(notAList));
        Assert.Contains("query: expected string, got nothing (it is required)", RssClient.Text(missing));
        Assert.True(wrongType.IsError == true && notAList.IsError == true && missing.IsError == true);
    }

    [Fact]
    public async Task RedirectToSomethingThatIsNotAUrl_IsAFetchError_NotASearchSyntaxError()
    {
        await using var site = await FeedSite.StartAsync();
        site.Publish("/third.xml", FeedSite.Rss("Moved", ("1", "First", "one", DateTimeOffset.UnixEpoch)));
        site.Answer("/third.xml", 301, "http://[::1");
        await using var rss = await RssClient.StartAsync(Path.Combine(_folder, "rss.db"));

        var result = await rss.CallAsync("add_feed", new { url = site.Url("/third.xml").ToString() });

        Assert.True(result.IsError);
        Assert.StartsWith("Could not fetch the feed: ", RssClient.Text(result));
        Assert.DoesNotContain("FTS5", RssClient.Text(result));
    }
}
