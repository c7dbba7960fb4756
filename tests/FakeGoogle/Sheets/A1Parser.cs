namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// Reads a range as the Sheets API takes it: "Sheet1!A1:C5", "'My Sheet'!A:C", "'Bob''s data'!2:2", "A1:B2" (the first
/// sheet), "Sheet1" (the whole sheet), a named range's name. Sheet names match without regard to case. Anything else,
/// an unknown sheet included, is "Unable to parse range: …".
/// </summary>
internal static class A1Parser
{
    public static A1Range Parse(string text, Workbook book)
    {
        string? sheetName;
        string? cells;
        if (text.StartsWith('\''))
        {
            (sheetName, var end) = Quoted(text) ?? throw SheetsErrors.UnableToParse(text);
            if (end == text.Length) cells = null;
            else if (text[end] == '!') cells = text[(end + 1)..];
            else throw SheetsErrors.UnableToParse(text);
        }
        else
        {
            var bang = text.LastIndexOf('!');
            if (bang >= 0)
            {
                sheetName = text[..bang];
                cells = text[(bang + 1)..];
            }
            else if (book.ByTitle(text) is { } whole)
            {
                return new A1Range(whole, CellSpan.WholeSheet);
            }
            else if (book.NamedRange(text) is { } named)
            {
                return FromGridRange(named, book) ?? throw SheetsErrors.UnableToParse(text);
            }
            else
            {
                sheetName = null;
                cells = text;
            }
        }

        var sheet = sheetName is null ? book.Sheets[0] : book.ByTitle(sheetName) ?? throw SheetsErrors.UnableToParse(text);
        if (cells is null) return new A1Range(sheet, CellSpan.WholeSheet);
        var span = CellSpan.Parse(cells) ?? throw SheetsErrors.UnableToParse(text);
        return new A1Range(sheet, span);
    }

    /// <summary>A quoted sheet name ('' stands for ') and the index after its closing quote, or null when unterminated.</summary>
    private static (string Name, int End)? Quoted(string text)
    {
        var name = new System.Text.StringBuilder();
        var at = 1;
        while (at < text.Length)
        {
            if (text[at] == '\'')
            {
                if (at + 1 < text.Length && text[at + 1] == '\'')
                {
                    name.Append('\'');
                    at += 2;
                    continue;
                }
                return name.Length == 0 ? null : (name.ToString(), at + 1);
            }
            name.Append(text[at++]);
        }
        return null;
    }

    private static A1Range? FromGridRange(System.Text.Json.Nodes.JsonObject namedRange, Workbook book)
    {
        var range = GridRangeJson.Read(namedRange["range"] as System.Text.Json.Nodes.JsonObject);
        return book.ById(range.SheetId) is { } sheet ? new A1Range(sheet, range.Span) : null;
    }
}
