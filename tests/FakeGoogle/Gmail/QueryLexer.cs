using System.Text;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>Splits a Gmail query into terms ("from:bob", "\"a phrase\"", "subject:\"x y\"") and the symbols - ( ) { }.</summary>
internal static class QueryLexer
{
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            if (char.IsWhiteSpace(c))
            {
                at++;
                continue;
            }
            if (c is '(' or ')' or '{' or '}')
            {
                tokens.Add(c.ToString());
                at++;
                continue;
            }
            if (c == '-' && at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]))
            {
                tokens.Add("-");
                at++;
                continue;
            }
            tokens.Add(ReadTerm(text, ref at));
        }
        return tokens;
    }

    // A term runs to whitespace or a closing bracket; quotes (a phrase, or an operator's value) may hold spaces.
    private static string ReadTerm(string text, ref int at)
    {
        var term = new StringBuilder();
        while (at < text.Length && !char.IsWhiteSpace(text[at]) && text[at] is not (')' or '}'))
        {
            if (text[at] == '"')
            {
                var close = text.IndexOf('"', at + 1);
                if (close < 0) close = text.Length;
                term.Append(text, at, Math.Min(close + 1, text.Length) - at);
                at = Math.Min(close + 1, text.Length);
                continue;
            }
            term.Append(text[at++]);
        }
        return term.ToString();
    }
}
