using System.Text;
using System.Text.Json;
using McpServers.Rss.Parsing;

namespace McpServers.Rss.Tests;

public sealed class JsonFeedTests
{
    [Fact]
    public void JsonFeed11_Reads()
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = "My Example Feed",
            ["home_page_url"] = "https://example.org/",
            ["feed_url"] = "https://example.org/feed.json",
            ["authors"] = new[] { new { name = "Ann" } },
            ["items"] = new object[]
            {
                new Dictionary<string, object> { ["id"] = "2", ["content_text"] = "This is a second item.", ["url"] = "https://example.org/second-item", ["date_published"] = "2024-02-01T10:00:00+02:00", ["tags"] = new[] { "x" } },
                new Dictionary<string, object> { ["id"] = "1", ["title"] = "First", ["content_html"] = "<p>Hello, world!</p>", ["url"] = "/initial-post", ["attachments"] = new[] { new { url = "https://example.org/a.mp3", mime_type = "audio/mpeg" } } },
            },
        });

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json), new Uri("https://example.org/feed.json"));

        Assert.Equal("JSON Feed 1.1", feed.Format);
        Assert.Equal("My Example Feed", feed.Title);
        Assert.Equal("https://example.org/", feed.SiteLink);
        Assert.Equal(["Ann"], feed.Authors);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal(DateTimeOffset.Parse("2024-02-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), feed.Entries[0].Published);
        Assert.Equal("https://example.org/initial-post", feed.Entries[1].Link);
        Assert.Equal("<p>Hello, world!</p>", feed.Entries[1].Content);
        Assert.Contains(feed.Entries[1].Links, l => l.Rel == "enclosure" && l.Href == "https://example.org/a.mp3");
    }

    [Fact]
    public void JsonFeed10_WithSingleAuthor_Reads()
    {
        var json = """{"version":"https://jsonfeed.org/version/1","title":"Old","author":{"name":"Bob"},"items":[{"id":"a","content_text":"x","date_modified":"2020-01-01T00:00:00Z"}]}""";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal("JSON Feed 1", feed.Format);
        Assert.Equal(["Bob"], feed.Authors);
        Assert.NotNull(feed.Entries[0].Updated);
    }

    [Fact]
    public void OtherJson_IsNotAFeed()
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes("""{"hello":"world"}""")));

        Assert.Contains("not a JSON Feed", error.Message);
    }
}
