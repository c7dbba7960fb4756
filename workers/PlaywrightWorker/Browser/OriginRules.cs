namespace McpServers.PlaywrightWorker.Browser;

/// <summary>Which URLs the browser may load: http(s) within the allowed/blocked origins, file: only when enabled.</summary>
internal sealed class OriginRules(BrowserOptions options)
{
    /// <summary>Null when the URL may be loaded, else the reason it may not.</summary>
    public string? Check(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return $"'{url}' is not an absolute URL (example: https://example.com/)";
        switch (uri.Scheme)
        {
            case "about" or "data" or "blob":
                return null;
            case "file":
                return options.AllowFileUrls ? null : "file: URLs are refused; start the server with --allow-file-urls to allow them";
            case "http" or "https" or "ws" or "wss":
                break;
            default:
                return $"the {uri.Scheme}: scheme is not allowed (http, https, about and data are)";
        }
        var origin = uri.GetLeftPart(UriPartial.Authority);
        if (options.BlockedOrigins.Any(o => Matches(o, uri, origin)))
            return $"{origin} is blocked by --browser-blocked-origins";
        if (options.AllowedOrigins.Count > 0 && !options.AllowedOrigins.Any(o => Matches(o, uri, origin)))
            return $"{origin} is not in --browser-allowed-origins ({string.Join(", ", options.AllowedOrigins)})";
        return null;
    }

    /// <summary>
    /// True when pages' own requests must be checked too (an allow or block list is set). file: needs no interception:
    /// Chromium itself refuses to let an http(s), data or about page load, link to or redirect to a file: URL, and
    /// navigations we start are checked by <see cref="Check"/>. Intercepting every request costs ~10 ms a navigation.
    /// </summary>
    public bool IsRestricted => options.AllowedOrigins.Count > 0 || options.BlockedOrigins.Count > 0;

    // An entry is an origin (https://example.com:8443) or a host name (example.com, *.example.com).
    private static bool Matches(string entry, Uri uri, string origin)
    {
        if (entry.Contains("://", StringComparison.Ordinal))
            return string.Equals(entry.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase);
        if (entry.StartsWith("*.", StringComparison.Ordinal))
            return uri.Host.EndsWith(entry[1..], StringComparison.OrdinalIgnoreCase);
        return string.Equals(entry, uri.Host, StringComparison.OrdinalIgnoreCase)
            || string.Equals(entry, uri.Authority, StringComparison.OrdinalIgnoreCase);
    }
}
