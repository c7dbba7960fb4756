using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace McpServers.Text;

/// <summary>HTML as readable text for a model (feed entries, mail bodies), through AngleSharp's HTML5 parser.</summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>
    /// Readable text of an HTML fragment: block elements on their own lines, list items bulleted, links kept as
    /// <c>text (url)</c>, images as their alt text, scripts and styles dropped.
    /// </summary>
    public static string ToText(string html)
    {
        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        var text = new StringBuilder();
        Append(document.Body!, text);
        var lines = text.ToString().Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0 && ++blank > 1)
                continue;
            if (line.Length > 0)
                blank = 0;
            result.Append(line).Append('\n');
        }
        return result.ToString().Trim();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
                continue;
            }
            if (child is not IElement element)
                continue;
            var tag = element.LocalName;
            switch (tag)
            {
                case "script" or "style" or "noscript" or "template":
                    continue;
                case "br":
                    text.Append('\n');
                    continue;
                case "img":
                    if (element.GetAttribute("alt") is { Length: > 0 } alt)
                        text.Append('[').Append(alt).Append(']');
                    continue;
                case "a" when element.GetAttribute("href") is { Length: > 0 } href && !href.StartsWith('#'):
                    var inner = new StringBuilder();
                    Append(element, inner);
                    var label = inner.ToString().Trim();
                    var url = href.Trim();
                    text.Append(label.Length == 0 || label == url ? url : $"{label} ({url})");
                    continue;
            }
            var block = tag is "p" or "div" or "section" or "article" or "header" or "footer" or "blockquote" or "pre" or "table" or "tr"
                or "ul" or "ol" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figure" or "figcaption" or "hr" or "dl" or "dt" or "dd";
            if (block)
                text.Append('\n');
            if (tag == "li")
                text.Append("- ");
            if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                text.Append(new string('#', tag[1] - '0')).Append(' ');
            Append(element, text);
            if (block)
                text.Append('\n');
            if (tag is "td" or "th")
                text.Append(" | ");
        }
    }
}
