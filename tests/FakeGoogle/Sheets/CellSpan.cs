using System.Globalization;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// The cell part of an A1 range before it meets a grid: 0-based bounds, end exclusive, null where the range is open
/// ("A:C" has no rows, "A2:C" no bottom). A single cell ("B2") is also an anchor for writes.
/// </summary>
internal readonly record struct CellSpan(int? Top, int? Left, int? Bottom, int? Right, bool SingleCell)
{
    public static CellSpan WholeSheet { get; } = new(null, null, null, null, false);

    /// <summary>
    /// Parses "A1", "$B$2", "A1:C5", "A:C", "2:5", "A2:C", "A:C5", "A2:5" (letters in any case; reversed corners are
    /// put in order), or returns null.
    /// </summary>
    public static CellSpan? Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length > 2 || Endpoint.Parse(parts[0]) is not { } a) return null;
        if (parts.Length == 1)
            return a is { Row: { } row, Column: { } column } ? new CellSpan(row, column, row + 1, column + 1, true) : null;
        if (Endpoint.Parse(parts[1]) is not { } b) return null;

        (int? Start, int? End) rows, columns;
        if (a.Row is { } ar && b.Row is { } br) rows = (Math.Min(ar, br), Math.Max(ar, br) + 1);
        else if (a.Row is { } top && b.Row is null && a.Column is not null && b.Column is not null) rows = (top, null); // A2:C
        else if (a.Row is null && b.Row is { } bottom && a.Column is not null && b.Column is not null) rows = (null, bottom + 1); // A:C5
        else if (a.Row is null && b.Row is null && a.Column is not null && b.Column is not null) rows = (null, null); // A:C
        else return null;

        if (a.Column is { } ac && b.Column is { } bc) columns = (Math.Min(ac, bc), Math.Max(ac, bc) + 1);
        else if (a.Column is { } left && b.Column is null && a.Row is not null && b.Row is not null) columns = (left, null); // A2:5
        else if (a.Column is null && b.Column is null && a.Row is not null && b.Row is not null) columns = (null, null); // 2:5
        else return null;

        return new CellSpan(rows.Start, columns.Start, rows.End, columns.End, false);
    }

    /// <summary>One side of a range: "$A$1", "A", "12" (0-based, null where absent).</summary>
    private readonly record struct Endpoint(int? Row, int? Column)
    {
        public static Endpoint? Parse(string text)
        {
            var at = 0;
            if (at < text.Length && text[at] == '$') at++;
            var lettersStart = at;
            while (at < text.Length && char.IsAsciiLetter(text[at])) at++;
            var letters = text[lettersStart..at];
            if (letters.Length > 0 && at < text.Length && text[at] == '$') at++;
            var digitsStart = at;
            while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
            var digits = text[digitsStart..at];
            if (at != text.Length || (letters.Length == 0 && digits.Length == 0)) return null;

            int? column = null;
            if (letters.Length > 0)
            {
                var index = A1Notation.ColumnIndex(letters);
                if (index < 0) return null;
                column = index;
            }
            int? row = null;
            if (digits.Length > 0)
            {
                if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1) return null;
                row = number - 1;
            }
            return new Endpoint(row, column);
        }
    }
}
