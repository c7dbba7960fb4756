using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Sheets.Formulas;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// Inserts or deletes rows or columns of a sheet: cells and dimension properties move, the grid grows or shrinks,
/// frozen counts follow, and formulas and named ranges that point past the change are rewritten, as in Sheets.
/// </summary>
internal static class GridShifter
{
    /// <summary>Inserts blank rows or columns at start; they take the formats of the row/column before (inheritFromBefore) or after.</summary>
    public static void Insert(Workbook book, GridSheet sheet, bool rows, int start, int count, bool inheritFromBefore)
    {
        var shift = new DimensionShift(rows, start, count);
        Move(sheet, shift);
        var source = inheritFromBefore ? start - 1 : start + count;
        var limit = rows ? sheet.RowCount : sheet.ColumnCount;
        if (source >= 0 && source < limit + count) Inherit(sheet, rows, source, start, count);
        if (rows) sheet.RowCount += count;
        else sheet.ColumnCount += count;
        if (rows && start < sheet.FrozenRowCount) sheet.FrozenRowCount += count;
        if (!rows && start < sheet.FrozenColumnCount) sheet.FrozenColumnCount += count;
        Rewrite(book, sheet, shift);
    }

    /// <summary>Deletes rows or columns [start, end).</summary>
    public static void Delete(Workbook book, GridSheet sheet, bool rows, int start, int end)
    {
        var count = end - start;
        foreach (var key in sheet.Cells.Keys.Where(k => (rows ? k.Row : k.Column) is var i && i >= start && i < end).ToList())
            sheet.Cells.Remove(key);
        var properties = sheet.DimensionProperties(rows);
        foreach (var index in properties.Keys.Where(i => i >= start && i < end).ToList()) properties.Remove(index);
        var shift = new DimensionShift(rows, start, -count);
        Move(sheet, shift);
        if (rows)
        {
            sheet.RowCount -= count;
            sheet.FrozenRowCount -= Overlap(sheet.FrozenRowCount, start, end);
        }
        else
        {
            sheet.ColumnCount -= count;
            sheet.FrozenColumnCount -= Overlap(sheet.FrozenColumnCount, start, end);
        }
        Rewrite(book, sheet, shift);
    }

    // Cells and dimension properties at or past the change move by its count.
    private static void Move(GridSheet sheet, DimensionShift shift)
    {
        var from = shift.Count > 0 ? shift.Start : shift.Start - shift.Count;
        var moving = sheet.Cells.Where(c => (shift.Rows ? c.Key.Row : c.Key.Column) >= from).ToList();
        foreach (var (key, _) in moving) sheet.Cells.Remove(key);
        foreach (var (key, cell) in moving)
            sheet.Cells[shift.Rows ? key with { Row = key.Row + shift.Count } : key with { Column = key.Column + shift.Count }] = cell;
        var properties = sheet.DimensionProperties(shift.Rows);
        var movingProperties = properties.Where(p => p.Key >= from).ToList();
        foreach (var (index, _) in movingProperties) properties.Remove(index);
        foreach (var (index, value) in movingProperties) properties[index + shift.Count] = value;
    }

    private static void Inherit(GridSheet sheet, bool rows, int source, int start, int count)
    {
        var formats = sheet.Cells.Where(c => (rows ? c.Key.Row : c.Key.Column) == source && c.Value.Format is not null).ToList();
        var properties = sheet.DimensionProperties(rows);
        for (var i = start; i < start + count; i++)
        {
            foreach (var (key, cell) in formats)
                sheet.Set(rows ? i : key.Row, rows ? key.Column : i, new StoredCell(CellValue.Empty, null, cell.Format, null));
            if (properties.TryGetValue(source, out var dimension)) properties[i] = dimension;
        }
    }

    private static int Overlap(int frozen, int start, int end) => Math.Max(0, Math.Min(frozen, end) - start);

    // Every formula of the workbook (other sheets refer to this one too), and the named ranges on this sheet.
    private static void Rewrite(Workbook book, GridSheet target, DimensionShift shift)
    {
        foreach (var sheet in book.Sheets)
            foreach (var (key, cell) in sheet.Cells.Where(c => c.Value.Formula is not null).ToList())
            {
                var rewritten = FormulaShifter.Shift(cell.Formula!, sheet, target, shift, book);
                if (rewritten != cell.Formula) sheet.Cells[key] = cell with { Formula = rewritten };
            }

        for (var i = book.NamedRanges.Count - 1; i >= 0; i--)
        {
            var named = book.NamedRanges[i];
            var (sheetId, span) = GridRangeJson.Read(named["range"] as JsonObject);
            if (sheetId != target.SheetId) continue;
            var (start, end) = shift.Rows ? (span.Top, span.Bottom) : (span.Left, span.Right);
            var (newStart, newEnd) = (Bound(start, shift, isEnd: false), Bound(end, shift, isEnd: true));
            if (newStart is { } s && newEnd is { } e && e <= s)
            {
                book.NamedRanges.RemoveAt(i);
                continue;
            }
            var moved = shift.Rows ? span with { Top = newStart, Bottom = newEnd } : span with { Left = newStart, Right = newEnd };
            var copy = named.DeepClone().AsObject();
            copy["range"] = GridRangeJson.Write(sheetId, moved);
            book.NamedRanges[i] = copy;
        }
    }

    // A GridRange bound after the change: an insertion at or before a start (or before an end) moves it; a bound inside a
    // deletion clamps to the deletion's start.
    private static int? Bound(int? index, DimensionShift shift, bool isEnd)
    {
        if (index is not { } i) return null;
        if (shift.Count > 0) return (isEnd ? i > shift.Start : i >= shift.Start) ? i + shift.Count : i;
        var count = -shift.Count;
        if (i < shift.Start || (isEnd && i == shift.Start)) return i;
        return i >= shift.Start + count ? i - count : shift.Start;
    }
}
