using System.Text;
using System.Text.RegularExpressions;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>
/// A discovery path template ("users/{userId}/messages/{id}", "v1/{+resourceName}:deleteContact") compiled to a regex
/// over the raw (still percent-encoded) request path. {name} takes one segment; {+name} is RFC 6570 reserved
/// expansion and may span slashes.
/// </summary>
internal sealed class PathTemplate
{
    private readonly Regex _regex;
    private readonly List<string> _names = [];

    public PathTemplate(string template)
    {
        Template = template.TrimStart('/');
        var pattern = new StringBuilder("^");
        var at = 0;
        while (at < Template.Length)
        {
            var open = Template.IndexOf('{', at);
            if (open < 0) open = Template.Length;
            pattern.Append(Regex.Escape(Template[at..open]));
            LiteralLength += open - at;
            if (open == Template.Length) break;
            var close = Template.IndexOf('}', open);
            var name = Template[(open + 1)..close];
            var reserved = name.StartsWith('+');
            _names.Add(reserved ? name[1..] : name);
            pattern.Append(reserved ? "(.+)" : "([^/]+)");
            at = close + 1;
        }
        _regex = new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    public string Template { get; }

    /// <summary>Characters outside variables: the more, the more specific ("messages/send" beats "messages/{id}").</summary>
    public int LiteralLength { get; }

    /// <summary>The decoded variable values when the raw path matches, else null.</summary>
    public Dictionary<string, string>? Match(string rawPath)
    {
        var match = _regex.Match(rawPath);
        if (!match.Success) return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Count; i++)
            values[_names[i]] = Uri.UnescapeDataString(match.Groups[i + 1].Value);
        return values;
    }
}
