using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Sheets.Requests;

/// <summary>insertDimension, deleteDimension, appendDimension and updateDimensionProperties (pixelSize, hiddenByUser).</summary>
internal static class DimensionRequests
{
    public static JsonObject? InsertDimension(JsonObject request, BatchContext context)
    {
        var range = request["range"] as JsonObject;
        if (range?["endIndex"] is null) throw SheetsErrors.BadRequest("range.endIndex is required.");
        var (sheet, rows, start, end) = context.Dimension(range);
        var size = rows ? sheet.RowCount : sheet.ColumnCount;
        if (start > size)
            throw SheetsErrors.BadRequest($"range.startIndex ({start}) must be at most the number of {Noun(rows)}s ({size}).");
        var before = (bool?)request["inheritFromBefore"] ?? false;
        if (before && start == 0) throw SheetsErrors.BadRequest($"Cannot inherit from before the first {Noun(rows)}.");
        GridShifter.Insert(context.Book, sheet, rows, start, end - start, before);
        return null;
    }

    public static JsonObject? DeleteDimension(JsonObject request, BatchContext context)
    {
        var (sheet, rows, start, end) = context.Dimension(request["range"] as JsonObject);
        var size = rows ? sheet.RowCount : sheet.ColumnCount;
        if (end > size)
            throw SheetsErrors.BadRequest(
                $"Cannot delete a {Noun(rows)} that doesn't exist. Tried to delete {Noun(rows)} index {end - 1} but there are only {size} {Noun(rows)}s.");
        if (start == 0 && end == size) throw SheetsErrors.BadRequest($"You can't delete all the {Noun(rows)}s on the sheet.");
        GridShifter.Delete(context.Book, sheet, rows, start, end);
        return null;
    }

    public static JsonObject? AppendDimension(JsonObject request, BatchContext context)
    {
        var sheet = context.Sheet((int?)request["sheetId"] ?? 0);
        var length = (int?)request["length"] ?? 0;
        if (length < 1) throw SheetsErrors.BadRequest("length must be at least 1.");
        switch ((string?)request["dimension"])
        {
            case "ROWS":
                sheet.RowCount += length;
                break;
            case "COLUMNS":
                sheet.ColumnCount += length;
                break;
            default:
                throw SheetsErrors.BadRequest("dimension must be ROWS or COLUMNS");
        }
        return null;
    }

    public static JsonObject? UpdateDimensionProperties(JsonObject request, BatchContext context)
    {
        if (request["dataSourceSheetRange"] is not null)
            throw new ApiException(501, "updateDimensionProperties of a data source sheet is not implemented by the fake", "notImplemented");
        var paths = BatchContext.Mask(request);
        var unsupported = FieldMask.Roots(paths).Where(r => r is not ("pixelSize" or "hiddenByUser" or "*")).ToList();
        if (unsupported.Count > 0)
            throw new ApiException(501, $"updateDimensionProperties of {string.Join(", ", unsupported)} is not implemented by the fake", "notImplemented");
        var (sheet, rows, start, end) = context.Dimension(request["range"] as JsonObject);
        var size = rows ? sheet.RowCount : sheet.ColumnCount;
        if (end > size) throw SheetsErrors.BadRequest($"range.endIndex ({end}) is beyond the {size} {Noun(rows)}s of the sheet.");
        var source = request["properties"] as JsonObject ?? [];
        var stored = sheet.DimensionProperties(rows);
        for (var i = start; i < end; i++)
        {
            var updated = FieldMask.Apply(stored.GetValueOrDefault(i) ?? [], source, paths);
            if (updated.Count == 0) stored.Remove(i);
            else stored[i] = updated;
        }
        return null;
    }

    private static string Noun(bool rows) => rows ? "row" : "column";
}
