using System.Text;
using System.Text.RegularExpressions;

namespace McpServers.Hub.Aggregation;

/// <summary>
/// Whether a URI fits an RFC 6570 template, as far as routing needs: literal text must match, a simple <c>{var}</c>
/// stands for one path segment, and a reserved or path-like expression (<c>{+var}</c>, <c>{/var}</c>, <c>{?q}</c>, ...) for the rest.
/// </summary>
internal static class UriTemplateMatch
{
    public static bool Matches(string template, string uri)
    {
        var pattern = new StringBuilder("^");
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                pattern.Append(Regex.Escape(template[at..]));
                break;
            }
            var close = template.IndexOf('}', open);
            if (close < 0)
                return false;
            pattern.Append(Regex.Escape(template[at..open]));
            pattern.Append(template[open + 1] is '+' or '#' or '/' or '?' or '&' or '.' or ';' ? ".*" : "[^/?#]+");
            at = close + 1;
        }
        pattern.Append('$');
        return Regex.IsMatch(uri, pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
