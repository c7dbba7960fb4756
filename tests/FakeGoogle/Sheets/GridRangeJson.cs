using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// GridRange {sheetId, startRowIndex, endRowIndex, startColumnIndex, endColumnIndex}: 0-based, end exclusive, a
/// missing index unbounded, a missing sheetId 0. Google leaves sheetId 0 out of the ranges it answers.
/// </summary>
internal static class GridRangeJson
{
    public static (int SheetId, CellSpan Span) Read(JsonObject? range)
    {
        if (range is null) return (0, CellSpan.WholeSheet);
        return ((int?)range["sheetId"] ?? 0, new CellSpan(
            (int?)range["startRowIndex"], (int?)range["startColumnIndex"], (int?)range["endRowIndex"], (int?)range["endColumnIndex"], false));
    }

    public static JsonObject Write(int sheetId, CellSpan span)
    {
        var range = new JsonObject();
        if (sheetId != 0) range["sheetId"] = sheetId;
        if (span.Top is { } top) range["startRowIndex"] = top;
        if (span.Bottom is { } bottom) range["endRowIndex"] = bottom;
        if (span.Left is { } left) range["startColumnIndex"] = left;
        if (span.Right is { } right) range["endColumnIndex"] = right;
        return range;
    }
}
