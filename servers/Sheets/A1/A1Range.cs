using System.Globalization;
using System.Text;
using McpServers.Hosting;

namespace McpServers.Sheets.A1;

/// <summary>
/// A range in A1 notation, parsed and checked before any call: <c>Sheet1!A1:C5</c>, <c>'Bob''s data'!A:C</c>, <c>2:2</c>,
/// <c>A2:C</c> (open to the last row), a bare sheet name (the whole sheet). Rows and columns are 0-based here, ends inclusive;
/// a null bound is open (the sheet's edge).
/// </summary>
internal sealed record A1Range(string? Sheet, int? StartColumn, int? StartRow, int? EndColumn, int? EndRow)
{
    /// <summary>Sheets' largest grid: 18,278 columns (ZZZ) and 10 million cells; rows are bounded by the cell count.</summary>
    public const int MaxColumns = 18_278;
    public const int MaxRows = 10_000_000;

    /// <summary>The first column (0 when open).</summary>
    public int FirstColumn => StartColumn ?? 0;

    /// <summary>The first row (0 when open).</summary>
    public int FirstRow => StartRow ?? 0;

    /// <summary>Rows covered, or null when the range runs to the sheet's last row.</summary>
    public int? Height => EndRow is { } end ? end - FirstRow + 1 : null;

    /// <summary>Columns covered, or null when the range runs to the sheet's last column.</summary>
    public int? Width => EndColumn is { } end ? end - FirstColumn + 1 : null;

    /// <summary>Parses <paramref name="text"/>; what Sheets would refuse is a <see cref="ToolInputException"/> naming the fault.</summary>
    public static A1Range Parse(string text, string argument = "range")
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            throw new ToolInputException($"{argument} is empty: give a range like Sheet1!A1:C10, 'My sheet'!A:C or a sheet name");
        var (sheet, cells) = SplitSheet(trimmed, argument);
        if (cells is null)
            return sheet is null ? ParseCells(null, trimmed, argument, text) : new A1Range(sheet, null, null, null, null);
        if (cells.Length == 0)
            throw Bad(text, argument, "nothing follows '!'");
        return ParseCells(sheet, cells, argument, text);
    }

    /// <summary>The same columns, rows <paramref name="firstRow"/> to <paramref name="lastRow"/> (inclusive; null: to the end).</summary>
    public A1Range WithRows(int firstRow, int? lastRow) => this with { StartRow = firstRow, EndRow = lastRow };

    /// <summary>The range on <paramref name="sheet"/> when it names none.</summary>
    public A1Range OnSheet(string sheet) => Sheet is null ? this with { Sheet = sheet } : this;

    /// <summary>Sheets' notation, the sheet name quoted when it needs to be.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Sheet is not null)
            text.Append(QuoteSheet(Sheet));
        var cells = CellsText();
        if (cells.Length > 0)
            text.Append(Sheet is null ? "" : "!").Append(cells);
        return text.ToString();
    }

    /// <summary>The cell part alone (<c>A1:C5</c>, <c>A:C</c>, <c>2:5</c>; empty for a whole sheet).</summary>
    public string CellsText()
    {
        if (StartColumn is null && EndColumn is null)
            return StartRow is null && EndRow is null ? ""
                // Rows open at the end cannot be written without columns ("5:" is not A1): all columns then.
                : EndRow is null ? Ref(0, StartRow) + ":" + ColumnName(MaxColumns - 1)
                : Ref(null, StartRow) + ":" + Ref(null, EndRow);
        var start = Ref(StartColumn, StartRow);
        if (EndColumn == StartColumn && EndRow == StartRow && StartRow is not null)
            return start;
        return start + ":" + Ref(EndColumn, EndRow);
    }

    /// <summary>A sheet name as Sheets writes it in a range: quoted (quotes doubled) unless plain letters, digits and underscores.</summary>
    public static string QuoteSheet(string sheet) =>
        IsPlainName(sheet) ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            name.Insert(0, (char)('A' + (n - 1) % 26));
        return name.ToString();
    }

    /// <summary>A cell's name, e.g. (1, 2) → B3.</summary>
    public static string CellName(int column, int row) => ColumnName(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A 0-based column from its letters (case-insensitive), or null when they are not column letters within ZZZ.</summary>
    public static int? ColumnIndex(string letters)
    {
        if (letters.Length is 0 or > 3) return null;
        var n = 0;
        foreach (var c in letters)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z') return null;
            n = n * 26 + (upper - 'A' + 1);
        }
        return n <= MaxColumns ? n - 1 : null;
    }

    private static string Ref(int? column, int? row) =>
        (column is { } c ? ColumnName(c) : "") + (row is { } r ? (r + 1).ToString(CultureInfo.InvariantCulture) : "");

    private static bool IsPlainName(string sheet) =>
        sheet.Length > 0 && (char.IsAsciiLetter(sheet[0]) || sheet[0] == '_') && sheet.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !LooksLikeCell(sheet);

    // "AB12" or "R1C1"-like names must be quoted, or Sheets reads them as a cell.
    private static bool LooksLikeCell(string name)
    {
        var letters = name.TakeWhile(char.IsAsciiLetter).Count();
        return letters is > 0 and <= 3 && letters < name.Length && name[letters..].All(char.IsAsciiDigit)
            || name.StartsWith('R') && name.Contains('C');
    }

    private static (string? Sheet, string? Cells) SplitSheet(string text, string argument)
    {
        if (text.StartsWith('\''))
        {
            var name = new StringBuilder();
            var i = 1;
            for (; i < text.Length; i++)
            {
                if (text[i] != '\'') { name.Append(text[i]); continue; }
                if (i + 1 < text.Length && text[i + 1] == '\'') { name.Append('\''); i++; continue; }
                break;
            }
            if (i >= text.Length)
                throw Bad(text, argument, "the quoted sheet name has no closing quote (a quote inside a name is written twice: 'Bob''s data')");
            if (name.Length == 0)
                throw Bad(text, argument, "the sheet name is empty");
            var rest = text[(i + 1)..];
            if (rest.Length == 0) return (name.ToString(), null);
            if (rest[0] != '!')
                throw Bad(text, argument, "a quoted sheet name must be followed by '!' and cells, e.g. 'My sheet'!A1:C5");
            return (name.ToString(), rest[1..]);
        }
        var bang = text.LastIndexOf('!');
        if (bang < 0) return (null, null);
        var sheet = text[..bang];
        if (sheet.Length == 0)
            throw Bad(text, argument, "the sheet name before '!' is empty");
        return (sheet, text[(bang + 1)..]);
    }

    private static A1Range ParseCells(string? sheet, string cells, string argument, string original)
    {
        var parts = cells.Split(':');
        if (parts.Length > 2)
            throw Bad(original, argument, "a range has at most one ':'");
        var start = ParseRef(parts[0]);
        if (parts.Length == 1)
        {
            if (start is { Column: { } c, Row: { } r })
                return new A1Range(sheet, c, r, c, r);
            if (sheet is null && start is null && IsSheetName(cells))
                return new A1Range(cells, null, null, null, null);
            throw Bad(original, argument, start is null
                ? $"'{cells}' is not a cell (like B3) or range (like A1:C10, A:C, 2:5)"
                : $"'{cells}' alone is not a range: a whole column is {cells}:{cells}, a whole row 5:5, and a sheet of that name is written quoted: '{cells}'");
        }
        var end = ParseRef(parts[1]);
        if (start is null || end is null)
            throw Bad(original, argument, $"'{(start is null ? parts[0] : parts[1])}' is not a cell (like B3), a column (C) or a row (5)");
        var (c1, r1) = start.Value;
        var (c2, r2) = end.Value;
        var columnsAndRows = c1 is not null && c2 is not null && (r1 is not null || r2 is null); // A1:C5, A2:C, A:C
        var rowsOnly = c1 is null && c2 is null && r1 is not null && r2 is not null;           // 2:5
        if (!columnsAndRows && !rowsOnly)
            throw Bad(original, argument, $"'{cells}' mixes a row with a column: write A1:C5, A2:C (to the last row), A:C or 2:5");
        // Sheets accepts reversed corners (B5:A1) and means the same rectangle.
        var (startColumn, endColumn) = Order(c1, c2);
        var (startRow, endRow) = Order(r1, r2);
        return new A1Range(sheet, startColumn, startRow, endColumn, endRow);
    }

    private static (int?, int?) Order(int? a, int? b) => a is { } x && b is { } y && y < x ? (y, x) : (a, b);

    private static (int? Column, int? Row)? ParseRef(string text)
    {
        var s = text.Replace("$", "", StringComparison.Ordinal);
        var letters = s.TakeWhile(char.IsAsciiLetter).Count();
        var digits = s[letters..];
        if (letters + digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return null;
        int? column = null, row = null;
        if (letters > 0)
        {
            column = ColumnIndex(s[..letters]);
            if (column is null) return null;
        }
        if (digits.Length > 0)
        {
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxRows) return null;
            row = n - 1;
        }
        return (column, row);
    }

    private static bool IsSheetName(string text) => text.Length > 0 && !text.Contains('!') && !text.Contains(':');

    private static ToolInputException Bad(string text, string argument, string why) =>
        new($"{argument} '{text}' is not A1 notation: {why}");
}
