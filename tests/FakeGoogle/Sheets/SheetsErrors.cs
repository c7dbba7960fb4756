using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>The Sheets API's error answers, worded as Google words them (400s carry reason "badRequest").</summary>
internal static class SheetsErrors
{
    public static ApiException BadRequest(string message) => new(400, message, "badRequest");

    public static ApiException UnableToParse(string range) => BadRequest($"Unable to parse range: {range}");

    /// <summary>Names the first cell outside the grid, e.g. "Range (Sheet1!A1001) exceeds grid limits. Max rows: 1000, max columns: 26".</summary>
    public static ApiException ExceedsGrid(GridSheet sheet, int row, int column) =>
        BadRequest($"Range ({A1Notation.Sheet(sheet.Title)}!{A1Notation.Cell(row, column)}) exceeds grid limits. Max rows: {sheet.RowCount}, max columns: {sheet.ColumnCount}");

    /// <summary>The box's first cell beyond the grid, or null when it fits.</summary>
    public static ApiException? Outside(GridSheet sheet, int top, int left, int bottom, int right)
    {
        if (bottom > sheet.RowCount || top >= sheet.RowCount)
            return ExceedsGrid(sheet, Math.Max(top, sheet.RowCount), left);
        if (right > sheet.ColumnCount || left >= sheet.ColumnCount)
            return ExceedsGrid(sheet, top, Math.Max(left, sheet.ColumnCount));
        return null;
    }

    public static ApiException ValueInputOptionRequired() => BadRequest("'valueInputOption' is required but not specified");
}
