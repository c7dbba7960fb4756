using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;
using McpServers.FakeGoogle.Sheets.Formulas;

namespace McpServers.FakeGoogle.Sheets.Requests;

/// <summary>addSheet, deleteSheet, updateSheetProperties, duplicateSheet and updateSpreadsheetProperties.</summary>
internal static class SheetRequests
{
    public static JsonObject? AddSheet(JsonObject request, BatchContext context)
    {
        var book = context.Book;
        var properties = request["properties"] as JsonObject ?? [];
        var id = (int?)properties["sheetId"] ?? book.NewObjectId();
        if (id < 0 || book.ById(id) is not null) throw SheetsErrors.BadRequest($"A sheet with the ID {id} already exists.");
        var sheet = new GridSheet(id, "", GridSheet.DefaultRows, GridSheet.DefaultColumns);
        SheetPropertiesJson.Read(sheet, properties);
        if ((string?)properties["title"] is null) sheet.Title = book.NextDefaultTitle();
        SheetPropertiesJson.Check(sheet, book);
        var index = Math.Clamp((int?)properties["index"] ?? book.Sheets.Count, 0, book.Sheets.Count);
        book.Sheets.Insert(index, sheet);
        return new JsonObject { ["addSheet"] = new JsonObject { ["properties"] = sheet.Properties(index) } };
    }

    public static JsonObject? DeleteSheet(JsonObject request, BatchContext context)
    {
        var book = context.Book;
        var sheet = context.Sheet((int?)request["sheetId"] ?? 0);
        if (book.Sheets.Count == 1) throw SheetsErrors.BadRequest("You can't remove all the sheets in a document.");
        book.Sheets.Remove(sheet);
        book.Charts.RemoveAll(c => SpreadsheetJson.ChartSheetId(c) == sheet.SheetId);
        book.NamedRanges.RemoveAll(n => GridRangeJson.Read(n["range"] as JsonObject).SheetId == sheet.SheetId);
        return null;
    }

    public static JsonObject? UpdateSheetProperties(JsonObject request, BatchContext context)
    {
        var book = context.Book;
        var properties = request["properties"] as JsonObject ?? [];
        var sheet = context.Sheet((int?)properties["sheetId"] ?? 0);
        var paths = BatchContext.Mask(request);
        if (paths.Any(p => p is "sheetId" or "sheetType") && !paths.Contains("*"))
            throw SheetsErrors.BadRequest("sheetId and sheetType cannot be changed.");
        var index = book.Sheets.IndexOf(sheet);
        var current = sheet.Properties(index);
        var updated = FieldMask.Apply(current, properties, paths);
        updated["sheetId"] = sheet.SheetId;
        updated["sheetType"] ??= "GRID";
        var (rows, columns, title) = (sheet.RowCount, sheet.ColumnCount, sheet.Title);
        SheetPropertiesJson.Read(sheet, updated);
        SheetPropertiesJson.Check(sheet, book);
        if (sheet.Title != title) FormulaRenamer.RenameEverywhere(book, title, sheet.Title);
        // A smaller grid drops what lay beyond it.
        foreach (var key in sheet.Cells.Keys.Where(k => k.Row >= sheet.RowCount || k.Column >= sheet.ColumnCount).ToList())
            sheet.Cells.Remove(key);
        if (sheet.RowCount < rows || sheet.ColumnCount < columns)
        {
            foreach (var i in sheet.RowProperties.Keys.Where(i => i >= sheet.RowCount).ToList()) sheet.RowProperties.Remove(i);
            foreach (var i in sheet.ColumnProperties.Keys.Where(i => i >= sheet.ColumnCount).ToList()) sheet.ColumnProperties.Remove(i);
        }
        if (paths.Contains("index") || paths.Contains("*")) Move(book, sheet, (int?)updated["index"] ?? 0);
        return null;
    }

    public static JsonObject? DuplicateSheet(JsonObject request, BatchContext context)
    {
        var book = context.Book;
        var source = context.Sheet((int?)request["sourceSheetId"] ?? 0);
        var title = (string?)request["newSheetName"] ?? FreeCopyTitle(book, source.Title);
        var id = (int?)request["newSheetId"] ?? book.NewObjectId();
        if (id < 0 || book.ById(id) is not null) throw SheetsErrors.BadRequest($"A sheet with the ID {id} already exists.");
        var copy = source.Clone();
        copy.SheetId = id;
        copy.Title = title;
        SheetPropertiesJson.Check(copy, book);
        var index = Math.Clamp((int?)request["insertSheetIndex"] ?? book.Sheets.IndexOf(source) + 1, 0, book.Sheets.Count);
        book.Sheets.Insert(index, copy);
        // Charts on the sheet are copied with it, under new ids.
        foreach (var chart in book.Charts.Where(c => SpreadsheetJson.ChartSheetId(c) == source.SheetId).ToList())
        {
            var copied = chart.DeepClone().AsObject();
            copied["chartId"] = book.NewObjectId();
            if (copied["position"]?["sheetId"] is not null) copied["position"]!["sheetId"] = id;
            if (copied["position"]?["overlayPosition"]?["anchorCell"] is JsonObject anchor) anchor["sheetId"] = id;
            book.Charts.Add(copied);
        }
        return new JsonObject { ["duplicateSheet"] = new JsonObject { ["properties"] = copy.Properties(index) } };
    }

    public static JsonObject? UpdateSpreadsheetProperties(JsonObject request, BatchContext context)
    {
        var book = context.Book;
        var paths = BatchContext.Mask(request);
        var unsupported = FieldMask.Roots(paths).Where(r => r is not ("title" or "locale" or "timeZone" or "autoRecalc" or "*")).ToList();
        if (unsupported.Count > 0)
            throw new ApiException(501, $"updateSpreadsheetProperties of {string.Join(", ", unsupported)} is not implemented by the fake", "notImplemented");
        var current = new JsonObject { ["title"] = context.Title, ["locale"] = book.Locale, ["timeZone"] = book.TimeZone, ["autoRecalc"] = book.AutoRecalc };
        var updated = FieldMask.Apply(current, request["properties"] as JsonObject ?? [], paths);
        context.Title = (string?)updated["title"] ?? "";
        book.Locale = (string?)updated["locale"] ?? "en_US";
        book.TimeZone = (string?)updated["timeZone"] ?? "Etc/GMT";
        book.AutoRecalc = (string?)updated["autoRecalc"] ?? "ON_CHANGE";
        return null;
    }

    // Indexes count as before the move: to put the first of three sheets second, one asks for index 2.
    private static void Move(Workbook book, GridSheet sheet, int index)
    {
        var from = book.Sheets.IndexOf(sheet);
        var to = index > from ? index - 1 : index;
        book.Sheets.RemoveAt(from);
        book.Sheets.Insert(Math.Clamp(to, 0, book.Sheets.Count), sheet);
    }

    private static string FreeCopyTitle(Workbook book, string title)
    {
        var name = $"Copy of {title}";
        for (var n = 2; book.ByTitle(name) is not null; n++) name = $"Copy of {title} {n}";
        return name;
    }
}
