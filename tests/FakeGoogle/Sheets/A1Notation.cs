using System.Globalization;
using System.Text.RegularExpressions;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>Writing A1 notation: column letters, cells, and sheet names (quoted when Google quotes them).</summary>
internal static partial class A1Notation
{
    /// <summary>The last column A1 notation can name (ZZZ).</summary>
    public const int MaxColumns = 18_278;

    /// <summary>0 → "A", 25 → "Z", 26 → "AA".</summary>
    public static string Column(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>"A" → 0, "aa" → 26; -1 when not 1 to 3 letters.</summary>
    public static int ColumnIndex(string letters)
    {
        if (letters.Length is 0 or > 3) return -1;
        var index = 0;
        foreach (var c in letters)
        {
            if (!char.IsAsciiLetter(c)) return -1;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    public static string Cell(int row, int column) => Column(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The sheet name as Google writes it before "!": bare when a plain identifier, else in quotes with ' doubled.</summary>
    public static string Sheet(string title) =>
        PlainName().IsMatch(title) && !CellLike().IsMatch(title) && !R1C1Like().IsMatch(title)
            ? title
            : "'" + title.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>"Sheet1!A1:C5", or "Sheet1!B2" for a single cell.</summary>
    public static string Range(GridSheet sheet, GridBox box)
    {
        var start = Cell(box.Top, box.Left);
        var text = box.Rows == 1 && box.Columns == 1 ? start : start + ":" + Cell(box.Bottom - 1, box.Right - 1);
        return Sheet(sheet.Title) + "!" + text;
    }

    /// <summary>A range as requested, open sides left open: "Sheet1!A1:B2", "Sheet1!A:C", "Sheet1!2:5", "Sheet1!A2:C", "Sheet1".</summary>
    public static string Span(GridSheet sheet, CellSpan span)
    {
        if (span == CellSpan.WholeSheet) return Sheet(sheet.Title);
        var start = (span.Left is { } left ? Column(left) : "") + (span.Top is { } top ? (top + 1).ToString(CultureInfo.InvariantCulture) : "");
        var end = (span.Right is { } right ? Column(right - 1) : "") + (span.Bottom is { } bottom ? bottom.ToString(CultureInfo.InvariantCulture) : "");
        return Sheet(sheet.Title) + "!" + (span.SingleCell || (start == end && span.Left is not null && span.Top is not null) ? start : start + ":" + end);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainName();

    [GeneratedRegex("^[A-Za-z]{1,3}[0-9]+$")]
    private static partial Regex CellLike();

    [GeneratedRegex("^[Rr][0-9]*[Cc][0-9]*$")]
    private static partial Regex R1C1Like();
}
