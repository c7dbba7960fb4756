using System.Xml;
using System.Xml.Linq;

namespace McpServers.Rss.Parsing;

/// <summary>The namespaces feeds use, and a namespace table so a feed that forgets to declare one still reads.</summary>
internal static class FeedNamespaces
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Sy = "http://purl.org/rss/1.0/modules/syndication/";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    public static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>Prefixes a sloppy feed may use without declaring them, bound to their usual namespaces.</summary>
    public static XmlParserContext ForgivingContext()
    {
        var table = new NameTable();
        var manager = new XmlNamespaceManager(table);
        manager.AddNamespace("atom", Atom.NamespaceName);
        manager.AddNamespace("rdf", Rdf.NamespaceName);
        manager.AddNamespace("dc", Dc.NamespaceName);
        manager.AddNamespace("content", Content.NamespaceName);
        manager.AddNamespace("sy", Sy.NamespaceName);
        manager.AddNamespace("media", Media.NamespaceName);
        manager.AddNamespace("itunes", Itunes.NamespaceName);
        manager.AddNamespace("slash", "http://purl.org/rss/1.0/modules/slash/");
        manager.AddNamespace("wfw", "http://wellformedweb.org/CommentAPI/");
        manager.AddNamespace("georss", "http://www.georss.org/georss");
        manager.AddNamespace("feedburner", "http://rssnamespace.org/feedburner/ext/1.0");
        manager.AddNamespace("googleplay", "http://www.google.com/schemas/play-podcasts/1.0");
        manager.AddNamespace("podcast", "https://podcastindex.org/namespace/1.0");
        return new XmlParserContext(table, manager, null, XmlSpace.None);
    }
}
