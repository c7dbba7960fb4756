using System.Xml.Linq;

namespace McpServers.Rss.Parsing;

/// <summary>Small helpers over XElement that tolerate what feeds get wrong (case, namespaces, whitespace).</summary>
internal static class XmlFeedElements
{
    /// <summary>First child with this local name in any namespace listed (or none), trimmed text; null when absent or empty.</summary>
    public static string? Text(this XElement parent, string localName, params XNamespace[] namespaces)
    {
        var element = parent.Child(localName, namespaces);
        var text = element?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static XElement? Child(this XElement parent, string localName, params XNamespace[] namespaces) =>
        parent.Elements().FirstOrDefault(e => Matches(e, localName, namespaces));

    public static IEnumerable<XElement> Children(this XElement parent, string localName, params XNamespace[] namespaces) =>
        parent.Elements().Where(e => Matches(e, localName, namespaces));

    private static bool Matches(XElement element, string localName, XNamespace[] namespaces) =>
        string.Equals(element.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase)
        && (namespaces.Length == 0 ? element.Name.Namespace == XNamespace.None : namespaces.Contains(element.Name.Namespace));

    /// <summary>The base URI in effect at <paramref name="element"/>: xml:base attributes resolved outward-in over the document URL.</summary>
    public static Uri? BaseOf(XElement element, Uri? documentUrl)
    {
        var bases = element.AncestorsAndSelf().Select(e => (string?)e.Attribute(FeedNamespaces.Xml + "base")).Where(b => b is not null).Reverse();
        var current = documentUrl;
        foreach (var value in bases)
        {
            if (AbsoluteUrl(value!) is { } absolute)
                current = absolute;
            else if (current is not null && Uri.TryCreate(current, value, out var relative))
                current = relative;
        }
        return current;
    }

    // http(s) URLs in their canonical form (lower-case host, "/" for an empty path), so the same page is the same string.
    private static string Canonical(Uri uri, string written) => uri.Scheme is "http" or "https" ? uri.AbsoluteUri : written;

    /// <summary>The URL when <paramref name="text"/> is absolute (on Unix, .NET reads "/path" as a file URI: that is relative here).</summary>
    public static Uri? AbsoluteUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && !(uri.IsFile && !text.TrimStart().StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            ? uri : null;

    /// <summary>A link made absolute against <paramref name="baseUri"/> when there is one; as written otherwise.</summary>
    public static string Resolve(string href, Uri? baseUri)
    {
        href = href.Trim();
        if (AbsoluteUrl(href) is { } absolute)
            return Canonical(absolute, href);
        if (baseUri is null)
            return href;
        return Uri.TryCreate(baseUri, href, out var resolved) ? Canonical(resolved, href) : href;
    }
}
