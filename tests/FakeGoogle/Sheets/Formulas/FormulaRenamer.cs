namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>Rewrites references to a renamed sheet ("=Data!A1" becomes "='Raw data'!A1"), as Sheets does on a rename.</summary>
internal static class FormulaRenamer
{
    public static string Rename(string formula, string oldTitle, string newTitle)
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
        var text = new System.Text.StringBuilder(formula[1..]);
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            var token = tokens[i];
            if (token.Kind is FormulaTokenKind.Name or FormulaTokenKind.QuotedName && tokens[i + 1].Kind == FormulaTokenKind.Bang
                && token.Value.Equals(oldTitle, StringComparison.OrdinalIgnoreCase))
                text.Remove(token.Start, token.Length).Insert(token.Start, A1Notation.Sheet(newTitle));
        }
        return "=" + text;
    }

    /// <summary>Renames the sheet in every formula of the workbook.</summary>
    public static void RenameEverywhere(Workbook book, string oldTitle, string newTitle)
    {
        foreach (var sheet in book.Sheets)
            foreach (var (key, cell) in sheet.Cells.Where(c => c.Value.Formula is not null).ToList())
            {
                var renamed = Rename(cell.Formula!, oldTitle, newTitle);
                if (renamed != cell.Formula) sheet.Cells[key] = cell with { Formula = renamed };
            }
    }
}
