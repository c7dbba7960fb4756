using System.Globalization;
using System.Text;

namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>Splits formula text (without the leading "=") into tokens; whitespace between tokens is skipped.</summary>
internal static class FormulaLexer
{
    private static readonly string[] _operators = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%"];
    private static readonly string[] _errors = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#ERROR!"];

    public static List<FormulaToken> Tokens(string text)
    {
        var tokens = new List<FormulaToken>();
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            var start = at;
            if (char.IsWhiteSpace(c))
            {
                at++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1])))
            {
                while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] == '.')) at++;
                if (at < text.Length && text[at] is 'e' or 'E' && at + 1 < text.Length
                    && (char.IsAsciiDigit(text[at + 1]) || (text[at + 1] is '+' or '-' && at + 2 < text.Length && char.IsAsciiDigit(text[at + 2]))))
                {
                    at += 2;
                    while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
                }
                // Digits running into letters ("1A") are not a number; a name like "A1" starts with a letter.
                if (at < text.Length && (char.IsAsciiLetter(text[at]) || text[at] == '_')) throw new FormulaSyntaxException($"unexpected '{text[at]}'");
                var number = text[start..at];
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) throw new FormulaSyntaxException($"bad number {number}");
                tokens.Add(new FormulaToken(FormulaTokenKind.Number, number, start, at - start));
            }
            else if (c == '"')
            {
                var value = Quoted(text, ref at, '"');
                tokens.Add(new FormulaToken(FormulaTokenKind.String, text[start..at], start, at - start) { Value = value });
            }
            else if (c == '\'')
            {
                var value = Quoted(text, ref at, '\'');
                tokens.Add(new FormulaToken(FormulaTokenKind.QuotedName, text[start..at], start, at - start) { Value = value });
            }
            else if (char.IsLetter(c) || c is '_' or '$')
            {
                while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '_' or '.' or '$')) at++;
                tokens.Add(new FormulaToken(FormulaTokenKind.Name, text[start..at], start, at - start));
            }
            else if (c == '#')
            {
                var error = _errors.FirstOrDefault(e => string.Compare(text, at, e, 0, e.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    ?? throw new FormulaSyntaxException("unknown error literal");
                at += error.Length;
                tokens.Add(new FormulaToken(FormulaTokenKind.ErrorLiteral, error, start, error.Length));
            }
            else if (Single(c) is { } kind)
            {
                at++;
                tokens.Add(new FormulaToken(kind, c.ToString(), start, 1));
            }
            else
            {
                var op = _operators.FirstOrDefault(o => string.CompareOrdinal(text, at, o, 0, o.Length) == 0)
                    ?? throw new FormulaSyntaxException($"unexpected '{c}'");
                at += op.Length;
                tokens.Add(new FormulaToken(FormulaTokenKind.Operator, op, start, op.Length));
            }
        }
        return tokens;
    }

    private static FormulaTokenKind? Single(char c) => c switch
    {
        '!' => FormulaTokenKind.Bang,
        ':' => FormulaTokenKind.Colon,
        ',' => FormulaTokenKind.Comma,
        '(' => FormulaTokenKind.OpenParen,
        ')' => FormulaTokenKind.CloseParen,
        _ => null,
    };

    // A doubled quote inside stands for one.
    private static string Quoted(string text, ref int at, char quote)
    {
        var value = new StringBuilder();
        at++;
        while (at < text.Length)
        {
            if (text[at] == quote)
            {
                if (at + 1 < text.Length && text[at + 1] == quote)
                {
                    value.Append(quote);
                    at += 2;
                    continue;
                }
                at++;
                return value.ToString();
            }
            value.Append(text[at++]);
        }
        throw new FormulaSyntaxException("unterminated quote");
    }
}
