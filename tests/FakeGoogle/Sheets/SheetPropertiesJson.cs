using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>Takes a SheetProperties resource into a sheet: the fields the fake acts on, and the rest kept as they are.</summary>
internal static class SheetPropertiesJson
{
    private static readonly string[] _typed = ["sheetId", "title", "index", "sheetType", "gridProperties"];
    private static readonly string[] _typedGrid = ["rowCount", "columnCount", "frozenRowCount", "frozenColumnCount"];

    /// <summary>Sets the sheet from properties; a zero or missing row/column count means the default 1000 × 26.</summary>
    public static void Read(GridSheet sheet, JsonObject properties)
    {
        if ((string?)properties["sheetType"] is { } type && type != "GRID")
            throw new Hosting.ApiException(501, $"sheetType {type} is not implemented by the fake", "notImplemented");
        if ((string?)properties["title"] is { } title) sheet.Title = title;
        var grid = properties["gridProperties"] as JsonObject ?? [];
        sheet.RowCount = Positive((int?)grid["rowCount"]) ?? GridSheet.DefaultRows;
        sheet.ColumnCount = Positive((int?)grid["columnCount"]) ?? GridSheet.DefaultColumns;
        sheet.FrozenRowCount = (int?)grid["frozenRowCount"] ?? 0;
        sheet.FrozenColumnCount = (int?)grid["frozenColumnCount"] ?? 0;
        var extra = new JsonObject();
        foreach (var (name, value) in properties)
            if (!_typed.Contains(name) && value is not null) extra[name] = value.DeepClone();
        var otherGrid = new JsonObject();
        foreach (var (name, value) in grid)
            if (!_typedGrid.Contains(name) && value is not null) otherGrid[name] = value.DeepClone();
        if (otherGrid.Count > 0) extra["gridProperties"] = otherGrid;
        sheet.Extra = extra;
    }

    /// <summary>Refuses what Google refuses of a sheet's title and frozen counts.</summary>
    public static void Check(GridSheet sheet, Workbook book)
    {
        if (string.IsNullOrEmpty(sheet.Title)) throw SheetsErrors.BadRequest("Sheet names cannot be empty.");
        if (book.Sheets.Any(s => s != sheet && s.Title.Equals(sheet.Title, StringComparison.OrdinalIgnoreCase)))
            throw SheetsErrors.BadRequest($"A sheet with the name \"{sheet.Title}\" already exists. Please enter another name.");
        if (sheet.FrozenRowCount < 0 || sheet.FrozenColumnCount < 0) throw SheetsErrors.BadRequest("Frozen counts cannot be negative.");
        if (sheet.FrozenRowCount >= sheet.RowCount) throw SheetsErrors.BadRequest("You can't freeze all visible rows on the sheet.");
        if (sheet.FrozenColumnCount >= sheet.ColumnCount) throw SheetsErrors.BadRequest("You can't freeze all visible columns on the sheet.");
    }

    private static int? Positive(int? count) => count is > 0 ? count : null;
}
