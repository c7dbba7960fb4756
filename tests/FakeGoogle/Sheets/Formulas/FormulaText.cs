using System.Text;

namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>
/// Formula text as Sheets stores it: function names, cell references and TRUE/FALSE in upper case ("=sum(a1:b2)" is
/// kept as "=SUM(A1:B2)"); sheet names, named ranges, strings and spacing as typed. Unparsable text is kept as is.
/// </summary>
internal static class FormulaText
{
    public static string Normalize(string formula)
    {
        List<FormulaToken> tokens;
        try
        {
            tokens = FormulaLexer.Tokens(formula[1..]);
        }
        catch (FormulaSyntaxException)
        {
            return formula;
        }
        var text = new StringBuilder(formula);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != FormulaTokenKind.Name) continue;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Kind : (FormulaTokenKind?)null;
            var previous = i > 0 ? tokens[i - 1].Kind : (FormulaTokenKind?)null;
            var upper = next == FormulaTokenKind.OpenParen
                || (next != FormulaTokenKind.Bang && (CellSpan.Parse(token.Text) is not null
                    || next == FormulaTokenKind.Colon || previous == FormulaTokenKind.Colon
                    || token.Text.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || token.Text.Equals("FALSE", StringComparison.OrdinalIgnoreCase)));
            if (upper)
                text.Remove(token.Start + 1, token.Length).Insert(token.Start + 1, token.Text.ToUpperInvariant());
        }
        return text.ToString();
    }
}
