using System.Text.Json;

namespace McpServers.Rss.Parsing;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedReader
{
    public static ParsedFeed Read(string text, Uri? documentUrl)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FeedFormatException($"the document looks like JSON but is not valid JSON ({e.Message})");
        }
        var version = root.ValueKind == JsonValueKind.Object ? Text(root, "version") : null;
        if (version is null || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal) && !version.StartsWith("http://jsonfeed.org/version/", StringComparison.Ordinal))
            throw new FeedFormatException("this JSON document is not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")");
        var feed = new ParsedFeed { Format = "JSON Feed " + version[(version.LastIndexOf('/') + 1)..] };
        feed.Title = Text(root, "title");
        feed.Description = Text(root, "description");
        feed.Language = Text(root, "language");
        if (Text(root, "home_page_url") is { } home)
            feed.Links.Add(new FeedLink(XmlFeedElements.Resolve(home, documentUrl)));
        if (Text(root, "feed_url") is { } self)
            feed.Links.Add(new FeedLink(XmlFeedElements.Resolve(self, documentUrl), "self"));
        feed.Authors.AddRange(Authors(root));
        if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                var entry = new ParsedEntry
                {
                    Id = Text(item, "id") ?? "",
                    Title = Text(item, "title"),
                    Summary = Text(item, "summary"),
                    Content = Text(item, "content_html") ?? Text(item, "content_text"),
                    Published = FeedDates.Parse(Text(item, "date_published")),
                    Updated = FeedDates.Parse(Text(item, "date_modified")),
                };
                if (Text(item, "url") is { } url)
                    entry.Links.Add(new FeedLink(XmlFeedElements.Resolve(url, documentUrl)));
                if (Text(item, "external_url") is { } external)
                    entry.Links.Add(new FeedLink(XmlFeedElements.Resolve(external, documentUrl), "related"));
                entry.Authors.AddRange(Authors(item));
                if (item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
                    entry.Categories.AddRange(tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));
                if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
                    foreach (var a in attachments.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object && Text(a, "url") is not null))
                        entry.Links.Add(new FeedLink(XmlFeedElements.Resolve(Text(a, "url")!, documentUrl), "enclosure", Text(a, "mime_type")));
                feed.Entries.Add(entry);
            }
        }
        return feed;
    }

    // 1.1 has "authors" (array); 1.0 had "author" (object).
    private static IEnumerable<string> Authors(JsonElement parent)
    {
        if (parent.TryGetProperty("authors", out var list) && list.ValueKind == JsonValueKind.Array)
            return list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => Text(a, "name")).OfType<string>();
        return parent.TryGetProperty("author", out var one) && one.ValueKind == JsonValueKind.Object && Text(one, "name") is { } name ? [name] : [];
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text ? text : null;
}
