using System.Text;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Drive;

/// <summary>
/// Splits a files.list query into words (fields, operators like "contains", keywords, true/false), quoted strings
/// ('it\'s', with \' and \\ escapes), comparison operators and parentheses.
/// </summary>
internal static class DriveQueryLexer
{
    public static List<DriveQueryToken> Tokens(string text)
    {
        var tokens = new List<DriveQueryToken>();
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            if (char.IsWhiteSpace(c))
            {
                at++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new DriveQueryToken(DriveQueryToken.Kinds.Symbol, c.ToString()));
                at++;
            }
            else if (c is '=' or '!' or '<' or '>')
            {
                var two = at + 1 < text.Length && text[at + 1] == '=';
                var op = two ? text.Substring(at, 2) : c.ToString();
                if (op == "!") throw Invalid();
                tokens.Add(new DriveQueryToken(DriveQueryToken.Kinds.Symbol, op));
                at += op.Length;
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new DriveQueryToken(DriveQueryToken.Kinds.Text, ReadString(text, ref at)));
            }
            else
            {
                var start = at;
                while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '_' or '.' or '-' or ':')) at++;
                if (at == start) throw Invalid();
                tokens.Add(new DriveQueryToken(DriveQueryToken.Kinds.Word, text[start..at]));
            }
        }
        return tokens;
    }

    /// <summary>Drive's answer to any query it cannot read.</summary>
    public static ApiException Invalid() => new(400, "Invalid Value", "invalid");

    private static string ReadString(string text, ref int at)
    {
        var quote = text[at++];
        var value = new StringBuilder();
        while (at < text.Length)
        {
            var c = text[at++];
            if (c == quote) return value.ToString();
            if (c == '\\')
            {
                if (at >= text.Length) break;
                value.Append(text[at++]);
                continue;
            }
            value.Append(c);
        }
        throw Invalid();
    }
}
