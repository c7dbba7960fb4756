using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// values.append as Sheets does it: the range's columns, from its first row to the end of the sheet, are searched for a
/// table, the cells holding values; the new rows go after its last row, starting at its first column — an empty row
/// inside the table does not end it. OVERWRITE writes there (the grid gains rows as needed); INSERT_ROWS first inserts
/// as many rows, moving what is below down. The answer names the table (tableRange) and what was written.
/// </summary>
internal sealed class AppendApi(FakeSheets sheets)
{
    public void Map(ApiRoutes routes) => routes.Map("sheets.spreadsheets.values.append", Append);

    private ApiResult Append(ApiCall call)
    {
        var query = call.Query;
        var userEntered = RangeWriter.UserEntered(query.Get("valueInputOption"));
        var insertRows = query.Get("insertDataOption") == "INSERT_ROWS";
        var block = ValueBlock.From(call.Body as JsonObject);
        lock (sheets.Gate)
        {
            var (file, book) = sheets.Open(call, write: true);
            var range = A1Parser.Parse(call.Path("range"), book);
            var sheet = range.Sheet;
            var given = range.Resolve();
            // The table may run below the range: the search covers the range's columns (from a single cell, every
            // column to its right) down to the end of the sheet.
            var search = new GridBox(given.Top, given.Left, sheet.RowCount, range.Span.SingleCell ? sheet.ColumnCount : given.Right);
            var table = Table(sheet, search);
            var (top, left) = table is { } found ? (found.Bottom, found.Left) : (search.Top, search.Left);

            var answer = new JsonObject { ["spreadsheetId"] = file.Id };
            if (table is { } t) answer["tableRange"] = A1Notation.Range(sheet, t);
            if (left + block.ColumnCount > sheet.ColumnCount) throw SheetsErrors.ExceedsGrid(sheet, top, sheet.ColumnCount);
            if (!block.IsEmpty)
            {
                if (insertRows) GridShifter.Insert(book, sheet, rows: true, top, block.RowCount, inheritFromBefore: false);
                else if (top + block.RowCount > sheet.RowCount) sheet.RowCount = top + block.RowCount;
                CellWriter.Write(sheet, top, left, block, userEntered);
                file.ModifiedTime = call.Now;
            }
            var box = new GridBox(top, left, top + block.RowCount, left + block.ColumnCount);
            answer["updates"] = RangeWriter.Response(file.Id, book, sheet, box, block, query.GetBool("includeValuesInResponse"),
                query.Get("responseValueRenderOption"), query.Get("responseDateTimeRenderOption"));
            return ApiResult.Ok(answer);
        }
    }

    /// <summary>The smallest box holding every cell with a value in the search area, or null when it is empty.</summary>
    private static GridBox? Table(GridSheet sheet, GridBox search)
    {
        var filled = sheet.Cells.Where(c => c.Value.HasContent && search.Contains(c.Key.Row, c.Key.Column)).Select(c => c.Key).ToList();
        if (filled.Count == 0) return null;
        return new GridBox(filled.Min(k => k.Row), filled.Min(k => k.Column), filled.Max(k => k.Row) + 1, filled.Max(k => k.Column) + 1);
    }
}
