using System.Text.Json.Nodes;
using McpServers.Sheets.Api;

namespace McpServers.Sheets.Tools;

/// <summary>The <c>spreadsheets.batchUpdate</c> requests mcp-sheets sends, built as the API reference names their fields.</summary>
internal static class SheetRequests
{
    public static JsonObject Grid(GridRange range)
    {
        var grid = new JsonObject { ["sheetId"] = range.SheetId ?? 0 };
        if (range.StartRowIndex is { } startRow) grid["startRowIndex"] = startRow;
        if (range.EndRowIndex is { } endRow) grid["endRowIndex"] = endRow;
        if (range.StartColumnIndex is { } startColumn) grid["startColumnIndex"] = startColumn;
        if (range.EndColumnIndex is { } endColumn) grid["endColumnIndex"] = endColumn;
        return grid;
    }

    public static JsonObject AddSheet(string title, int rows, int columns, int? index)
    {
        var properties = new JsonObject
        {
            ["title"] = title,
            ["gridProperties"] = new JsonObject { ["rowCount"] = rows, ["columnCount"] = columns },
        };
        if (index is { } i) properties["index"] = i;
        return new JsonObject { ["addSheet"] = new JsonObject { ["properties"] = properties } };
    }

    public static JsonObject UpdateSheet(int sheetId, JsonObject properties, string fields)
    {
        properties["sheetId"] = sheetId;
        return new JsonObject { ["updateSheetProperties"] = new JsonObject { ["properties"] = properties, ["fields"] = fields } };
    }

    public static JsonObject DeleteSheet(int sheetId) => new() { ["deleteSheet"] = new JsonObject { ["sheetId"] = sheetId } };

    public static JsonObject DuplicateSheet(int sheetId, string? newTitle, int? index)
    {
        var request = new JsonObject { ["sourceSheetId"] = sheetId };
        if (newTitle is not null) request["newSheetName"] = newTitle;
        if (index is { } i) request["insertSheetIndex"] = i;
        return new JsonObject { ["duplicateSheet"] = request };
    }

    /// <summary>Inserts or deletes rows or columns <paramref name="start"/> (0-based) to start + count.</summary>
    public static JsonObject Dimension(bool insert, int sheetId, bool rows, int start, int count, bool inherit = false)
    {
        var range = new JsonObject
        {
            ["sheetId"] = sheetId, ["dimension"] = rows ? "ROWS" : "COLUMNS", ["startIndex"] = start, ["endIndex"] = start + count,
        };
        // Inserted rows take the formatting of the row above when asked (callers ask below frozen header rows only).
        return insert
            ? new JsonObject { ["insertDimension"] = new JsonObject { ["range"] = range, ["inheritFromBefore"] = inherit } }
            : new JsonObject { ["deleteDimension"] = new JsonObject { ["range"] = range } };
    }

    public static JsonObject DimensionSize(int sheetId, bool rows, int start, int end, int pixels) => new()
    {
        ["updateDimensionProperties"] = new JsonObject
        {
            ["range"] = new JsonObject { ["sheetId"] = sheetId, ["dimension"] = rows ? "ROWS" : "COLUMNS", ["startIndex"] = start, ["endIndex"] = end },
            ["properties"] = new JsonObject { ["pixelSize"] = pixels },
            ["fields"] = "pixelSize",
        },
    };

    public static JsonObject RepeatFormat(GridRange range, JsonObject format, IEnumerable<string> fields) => new()
    {
        ["repeatCell"] = new JsonObject
        {
            ["range"] = Grid(range),
            ["cell"] = new JsonObject { ["userEnteredFormat"] = format },
            ["fields"] = string.Join(',', fields.Select(f => "userEnteredFormat." + f)),
        },
    };
}
