using System.ComponentModel;
using System.Xml;
using System.Xml.Linq;
using McpServers.Hosting;
using McpServers.Rss.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Rss.Tools;

[McpServerToolType]
internal sealed class OpmlTools(FeedStore feeds)
{
    [McpServerTool(Name = "import_opml", Title = "Import subscriptions (OPML)", Idempotent = true, UseStructuredContent = true,
        OutputSchemaType = typeof(OpmlImport))]
    [Description("Subscribe to every feed in an OPML file (the export format of feed readers). Folders become tags. Feeds are fetched on the next refresh_feeds.")]
    public CallToolResult ImportOpml(
        [Description("Path of an OPML file on the server's machine")] string? path = null,
        [Description("The OPML document itself, instead of a path")] string? text = null)
    {
        if ((path is null) == (text is null))
            throw new ToolInputException("Give either 'path' (an OPML file) or 'text' (the OPML document).");
        if (path is not null && !File.Exists(path))
            throw new ToolInputException($"No file at '{path}'.");
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = path is not null ? XmlReader.Create(path, settings) : XmlReader.Create(new StringReader(text!), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new ToolInputException($"The OPML is not well-formed XML: {e.Message}");
        }
        var added = new List<string>();
        var already = new List<string>();
        foreach (var outline in document.Descendants("outline"))
        {
            if ((string?)outline.Attribute("xmlUrl") is not { Length: > 0 } url || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                continue;
            var folders = outline.Ancestors("outline").Select(o => (string?)o.Attribute("text") ?? (string?)o.Attribute("title")).OfType<string>();
            var categories = ((string?)outline.Attribute("category") ?? "").Split([',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var title = (string?)outline.Attribute("title") ?? (string?)outline.Attribute("text");
            (feeds.Add(uri.AbsoluteUri, title, folders.Concat(categories)) is null ? already : added).Add(uri.AbsoluteUri);
        }
        return ToolResults.Structured(new OpmlImport(added, already), RssJson.Default.OpmlImport,
            $"Imported {added.Count} feeds ({already.Count} were already subscribed). Run refresh_feeds to fetch them.");
    }

    [McpServerTool(Name = "export_opml", Title = "Export subscriptions (OPML)", ReadOnly = true, UseStructuredContent = true,
        OutputSchemaType = typeof(OpmlExport))]
    [Description("All subscriptions as an OPML 2.0 document (tags become folders), returned and optionally written to a file.")]
    public CallToolResult ExportOpml([Description("Also write it to this file path")] string? path = null)
    {
        var all = feeds.List();
        XElement Outline(FeedRecord f) => new("outline", new XAttribute("type", "rss"), new XAttribute("text", f.Title ?? f.Url), new XAttribute("title", f.Title ?? f.Url),
            new XAttribute("xmlUrl", f.Url), f.SiteUrl is null ? null : new XAttribute("htmlUrl", f.SiteUrl), f.Tags.Count == 0 ? null : new XAttribute("category", string.Join(",", f.Tags)));
        var body = new XElement("body",
            all.Where(f => f.Tags.Count == 0).Select(Outline),
            all.Where(f => f.Tags.Count > 0).GroupBy(f => f.Tags[0]).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new XElement("outline", new XAttribute("text", g.Key), g.Select(Outline))));
        var opml = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"), new XElement("head", new XElement("title", "mcp-rss subscriptions")), body));
        var text = opml.Declaration + "\n" + opml.Root;
        if (path is not null)
            File.WriteAllText(path, text);
        return ToolResults.Structured(new OpmlExport(all.Count, path, text), RssJson.Default.OpmlExport, text);
    }
}
