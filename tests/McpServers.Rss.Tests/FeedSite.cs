using System.IO.Compression;
using System.Text;
using McpServers.Testing;
using Microsoft.AspNetCore.Http;

namespace McpServers.Rss.Tests;

/// <summary>
/// A publisher on 127.0.0.1: feeds whose content the test changes, with ETag/Last-Modified and 304s, gzip, redirects,
/// 410, a slow endpoint, and request counters so tests can see what the server asked for.
/// </summary>
internal sealed class FeedSite : IAsyncDisposable
{
    private readonly Dictionary<string, string> _documents = [];
    private readonly Dictionary<string, int> _requests = [];
    private readonly Dictionary<string, int> _conditional = [];
    private readonly Dictionary<string, int> _notModified = [];
    private TestWebSite _site = null!;

    public Uri Url(string path) => _site.Url(path);

    public static async Task<FeedSite> StartAsync()
    {
        var site = new FeedSite();
        site._site = await TestWebSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/feed.xml"] = context => site.ServeAsync(context, "/feed.xml", "application/rss+xml"),
            ["/second.xml"] = context => site.ServeAsync(context, "/second.xml", "application/rss+xml"),
            ["/third.xml"] = context => site.ServeAsync(context, "/third.xml", "application/rss+xml"),
            ["/wandering.xml"] = context => site.ServeAsync(context, "/wandering.xml", "application/rss+xml"),
            ["/other.xml"] = context => site.ServeAsync(context, "/other.xml", "application/atom+xml"),
            ["/gzip.xml"] = context => site.ServeAsync(context, "/gzip.xml", "application/rss+xml", gzip: true),
            ["/blog/"] = context => site.ServeAsync(context, "/blog/", "text/html"),
            ["/moved.xml"] = context => site.RedirectAsync(context, "/feed.xml", 301),
            ["/temporary.xml"] = context => site.RedirectAsync(context, "/other.xml", 302),
            ["/gone.xml"] = context => site.StatusAsync(context, "/gone.xml", 410),
            ["/slow.xml"] = async context =>
            {
                site.Count(site._requests, "/slow.xml");
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted); // longer than the client's --fetch-timeout
            },
        });
        return site;
    }

    public void Publish(string path, string document)
    {
        lock (_documents)
            _documents[path] = document;
    }

    public int Requests(string path) => Get(_requests, path);

    public int ConditionalRequests(string path) => Get(_conditional, path);

    public int NotModifiedAnswers(string path) => Get(_notModified, path);

    /// <summary>From now on, <paramref name="path"/> answers with <paramref name="status"/> (a redirect to <paramref name="target"/> for 3xx).</summary>
    public void Answer(string path, int status, string? target = null)
    {
        lock (_overrides)
            _overrides[path] = (status, target);
    }

    private readonly Dictionary<string, (int Status, string? Target)> _overrides = [];

    private async Task ServeAsync(HttpContext context, string path, string contentType, bool gzip = false)
    {
        (int Status, string? Target) answer;
        lock (_overrides)
            answer = _overrides.GetValueOrDefault(path);
        if (answer.Status != 0)
        {
            await (answer.Target is { } target ? RedirectAsync(context, target, answer.Status) : StatusAsync(context, path, answer.Status));
            return;
        }
        Count(_requests, path);
        string document;
        lock (_documents)
            document = _documents.GetValueOrDefault(path) ?? "";
        var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(document)))[..16] + "\"";
        if (context.Request.Headers.IfNoneMatch.Count > 0)
        {
            Count(_conditional, path);
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                Count(_notModified, path);
                context.Response.StatusCode = 304;
                return;
            }
        }
        context.Response.Headers.ETag = etag;
        context.Response.ContentType = contentType + "; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(document);
        if (gzip)
        {
            if (!context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 406;
                return;
            }
            using var compressed = new MemoryStream();
            await using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
                await zip.WriteAsync(bytes);
            bytes = compressed.ToArray();
            context.Response.Headers.ContentEncoding = "gzip";
        }
        await context.Response.Body.WriteAsync(bytes);
    }

    private Task RedirectAsync(HttpContext context, string target, int status)
    {
        Count(_requests, context.Request.Path);
        context.Response.StatusCode = status;
        context.Response.Headers.Location = target;
        return Task.CompletedTask;
    }

    private Task StatusAsync(HttpContext context, string path, int status)
    {
        Count(_requests, path);
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private void Count(Dictionary<string, int> counter, string path)
    {
        lock (counter)
            counter[path] = counter.GetValueOrDefault(path) + 1;
    }

    private static int Get(Dictionary<string, int> counter, string path)
    {
        lock (counter)
            return counter.GetValueOrDefault(path);
    }

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    /// <summary>An RSS 2.0 document with the given items (title, description, date).</summary>
    public static string Rss(string title, params (string Id, string Title, string Text, DateTimeOffset Date)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{title}</title><link>https://example.com/</link><ttl>1</ttl>
        {string.Concat(items.Select(i => $"<item><guid isPermaLink=\"false\">{i.Id}</guid><title>{i.Title}</title><link>https://example.com/{i.Id}</link><description>{i.Text}</description><pubDate>{i.Date:R}</pubDate></item>"))}
        </channel></rss>
        """;
}
