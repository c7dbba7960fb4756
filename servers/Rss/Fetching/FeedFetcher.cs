using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace McpServers.Rss.Fetching;

/// <summary>
/// HTTP for feeds: conditional GET (ETag / Last-Modified), gzip/deflate/brotli, redirects followed by hand so a 301
/// can move the subscription, a size cap read as the body streams in, and a timeout per fetch.
/// </summary>
internal sealed class FeedFetcher : IDisposable
{
    private const int MaxRedirects = 5;
    private readonly HttpClient _http;
    private readonly RssOptions _options;

    public FeedFetcher(RssOptions options)
    {
        _options = options;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        var version = Assembly.GetExecutingAssembly().GetName().Version?.ToString(3) ?? "1.0.0";
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("mcp-rss", version));
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
    }

    /// <exception cref="FetchException">Network failure, timeout, an HTTP error or a body over the size cap.</exception>
    public async Task<FetchResult> FetchAsync(string url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.FetchTimeout);
        var current = url;
        var allPermanent = true;
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                if (!Uri.TryCreate(current, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new FetchException($"'{current}' is not an http(s) URL");
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                if (etag is not null)
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (lastModified is not null)
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    allPermanent &= status is 301 or 308;
                    current = Uri.TryCreate(uri, location, out var next)
                        ? next.AbsoluteUri
                        : throw new FetchException($"HTTP {status} redirects to '{location}', which is not a URL");
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return Result(response, url, current, allPermanent, []);
                if (!response.IsSuccessStatusCode)
                    throw new FetchException($"HTTP {status} {response.ReasonPhrase}", response.StatusCode);
                var body = await ReadCappedAsync(response, timeout.Token);
                return Result(response, url, current, allPermanent, body);
            }
            throw new FetchException($"more than {MaxRedirects} redirects");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"no answer within {_options.FetchTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw new FetchException(e.Message);
        }
    }

    private static FetchResult Result(HttpResponseMessage response, string original, string final, bool permanent, byte[] body) => new()
    {
        Status = response.StatusCode,
        FinalUrl = final,
        PermanentUrl = permanent && final != original ? final : null,
        Body = body,
        Charset = response.Content.Headers.ContentType?.CharSet,
        ETag = response.Headers.ETag?.ToString(),
        LastModified = response.Content.Headers.LastModified?.ToString("R"),
        MaxAge = response.Headers.CacheControl?.MaxAge,
    };

    private async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > _options.MaxFeedBytes)
            throw new FetchException($"the feed is {response.Content.Headers.ContentLength:N0} bytes, over the {_options.MaxFeedBytes:N0}-byte limit");
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxFeedBytes)
                throw new FetchException($"the feed is over the {_options.MaxFeedBytes:N0}-byte limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A fetch failed; the message says how (HTTP status, timeout, network).</summary>
internal sealed class FetchException(string message, HttpStatusCode? status = null) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;
}
