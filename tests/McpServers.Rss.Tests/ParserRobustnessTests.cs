using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using McpServers.Rss.Parsing;

namespace McpServers.Rss.Tests;

public sealed class ParserRobustnessTests
{
    [Theory]
    [InlineData("xml/xml_iso8859.xml")]
    [InlineData("xml/xml_sample_1.xml")]
    [InlineData("xml/xml_sample_2.xml")]
    public void GenericXml_IsNotAFeed(string file)
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(File.ReadAllBytes(Path.Combine(Corpus.Root, file))));

        Assert.StartsWith("not a feed: this XML document's root element is <", error.Message);
    }

    [Fact]
    public void TruncatedFeed_IsAClearError()
    {
        var whole = File.ReadAllBytes(Path.Combine(Corpus.Root, "rss2", "rss_2.0_bbc.xml"));

        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(whole[..(whole.Length / 2)]));

        Assert.StartsWith("the document ends before its XML does (truncated download?)", error.Message);
    }

    [Fact]
    public void ExternalEntity_IsNeverFetched_NorExpanded()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY file SYSTEM "file://{secret}"><!ENTITY web SYSTEM "http://127.0.0.1:{port}/x"><!ENTITY % p SYSTEM "http://127.0.0.1:{port}/dtd"> %p;]>
            <rss version="2.0"><channel><title>t &file; &web;</title><item><title>i</title></item></channel></rss>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));
        var connected = listener.Pending();
        File.Delete(secret);

        Assert.False(connected, "the parser connected to the entity's URL");
        Assert.DoesNotContain("TOP-SECRET", feed.Title);
        Assert.Equal("t &file; &web;", feed.Title);
        Assert.Single(feed.Entries);
    }

    [Fact]
    public void BillionLaughs_IsNotExpanded()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [{entities}]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("&lol9;", feed.Title);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000, "the parser allocated as if it expanded the entities");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void OversizedDocument_IsRefused()
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(new byte[2000], maxBytes: 1000));

        Assert.Equal("the document is 2,000 bytes, over the 1,000-byte limit for a feed", error.Message);
    }

    [Fact]
    public void HtmlPage_NamesTheFeedsItLinksTo()
    {
        var html = """
            <!DOCTYPE html><html><head><title>Blog</title>
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
            <link rel="alternate" type="application/atom+xml" href="https://example.com/atom.xml">
            <link rel="stylesheet" href="/style.css"></head><body>Hello</body></html>
            """;

        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(html), new Uri("https://example.com/blog/")));

        Assert.Equal("this is an HTML page; it links to these feeds: https://example.com/feed.xml, https://example.com/atom.xml", error.Message);
        Assert.Equal(["https://example.com/feed.xml", "https://example.com/atom.xml"], error.DiscoveredFeeds);
    }

    [Fact]
    public void RealWorldQuirks_BomWhitespaceHtmlEntitiesStrayAmpersandsAndUndeclaredPrefixes_Read()
    {
        var xml = "\uFEFF  \n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Tom&nbsp;&amp; Jerry&hellip; AT&T</title>"
            + "<item><title>One</title><media:thumbnail url=\"http://x/y.jpg\"/><description><![CDATA[<p>Hi &nbsp;there</p>]]></description></item></channel></rss>";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("Tom\u00A0& Jerry\u2026 AT&T", feed.Title);
        Assert.Equal("<p>Hi &nbsp;there</p>", feed.Entries[0].Summary);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("windows-1252")]
    [InlineData("iso-8859-1")]
    public void DeclaredEncodings_AreHonoured(string encodingName)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(encodingName);
        var xml = $"<?xml version=\"1.0\" encoding=\"{encodingName}\"?><rss version=\"2.0\"><channel><title>Café – “quoted”</title></channel></rss>";
        var title = encodingName == "iso-8859-1" ? "Café" : "Café – “quoted”";
        xml = xml.Replace("Café – “quoted”", title, StringComparison.Ordinal);

        var feed = FeedParser.Parse([.. encoding.GetPreamble(), .. encoding.GetBytes(xml)]);

        Assert.Equal(title, feed.Title);
    }

    [Fact]
    public void UndeclaredLatin1_FallsBackFromUtf8()
    {
        var bytes = Encoding.Latin1.GetBytes("<rss version=\"2.0\"><channel><title>Crème brûlée</title></channel></rss>");

        Assert.Equal("Crème brûlée", FeedParser.Parse(bytes).Title);
    }

    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z")]
    [InlineData("10 Jun 2003 04:00 EST", "2003-06-10T09:00:00Z")]
    [InlineData("Tue, 10 Jun 03 04:00:00 +0200", "2003-06-10T02:00:00Z")]
    [InlineData("Di, 10 Juni 2003 04:00:00 MESZ", "2003-06-10T02:00:00Z")]
    [InlineData("mar., 10 juin 2003 04:00:00 +01:00", "2003-06-10T03:00:00Z")]
    [InlineData("Mié, 10 Dic 2003 04:00:00 -0300", "2003-12-10T07:00:00Z")]
    [InlineData("2003-12-13T18:30:02.25+01:00", "2003-12-13T17:30:02.25Z")]
    [InlineData("2003-12-13T18:30Z", "2003-12-13T18:30:00Z")]
    [InlineData("2003-12-13", "2003-12-13T00:00:00Z")]
    [InlineData("2003-12-13 18:30:02", "2003-12-13T18:30:02Z")]
    public void Dates_InTheFormsFeedsUse_ReadAsUtc(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("32 Foo 2003")]
    public void Dates_Unreadable_AreNull(string text) => Assert.Null(FeedDates.Parse(text));

    [Fact]
    public void EntriesWithoutIds_GetStableOnes()
    {
        var xml = "<rss version=\"0.91\"><channel><title>t</title><item><title>No link</title><description>d</description></item><item><title>Linked</title><link>http://e.com/a</link></item></channel></rss>";

        var first = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));
        var second = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));

        Assert.StartsWith("sha256:", first.Entries[0].Id);
        Assert.Equal(first.Entries[0].Id, second.Entries[0].Id);
        Assert.Equal("http://e.com/a", first.Entries[1].Id);
    }

    [Fact]
    public void XmlBaseAndRelativeLinks_ResolveAgainstTheFeedUrl()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/"><title>t</title><link href="./"/>
            <entry xml:base="2024/"><id>1</id><title>e</title><link href="post.html"/></entry></feed>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://example.com/feeds/atom.xml"));

        Assert.Equal("https://example.com/blog/", feed.SiteLink);
        Assert.Equal("https://example.com/blog/2024/post.html", feed.Entries[0].Link);
    }
}
