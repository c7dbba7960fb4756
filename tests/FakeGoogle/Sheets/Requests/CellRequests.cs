using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;
using McpServers.FakeGoogle.Sheets.Formulas;

namespace McpServers.FakeGoogle.Sheets.Requests;

/// <summary>repeatCell (userEnteredValue, userEnteredFormat and note merged by the field mask), updateBorders (kept as sent) and sortRange.</summary>
internal static class CellRequests
{
    public static JsonObject? RepeatCell(JsonObject request, BatchContext context)
    {
        var paths = BatchContext.Mask(request);
        var unsupported = FieldMask.Roots(paths).Where(r => r is not ("userEnteredValue" or "userEnteredFormat" or "note" or "*")).ToList();
        if (unsupported.Count > 0)
            throw new ApiException(501, $"repeatCell of {string.Join(", ", unsupported)} is not implemented by the fake", "notImplemented");
        var (sheet, box) = context.Range(request["range"] as JsonObject);
        var source = request["cell"] as JsonObject ?? [];
        for (var row = box.Top; row < box.Bottom; row++)
            for (var column = box.Left; column < box.Right; column++)
            {
                var cell = sheet.Get(row, column) ?? new StoredCell(CellValue.Empty, null, null, null);
                var updated = FieldMask.Apply(CellData(cell), source, paths);
                sheet.Set(row, column, FromCellData(updated));
            }
        return null;
    }

    public static JsonObject? UpdateBorders(JsonObject request, BatchContext context)
    {
        var (sheet, _) = context.Range(request["range"] as JsonObject);
        sheet.Borders.Add(request.DeepClone().AsObject());
        return null;
    }

    /// <summary>
    /// Sorts the rows of the range by the specs in turn: numbers before text before booleans, text without regard to
    /// case, and empty cells last whichever the order. Whole cells move (formats too); rows tie in their old order.
    /// </summary>
    public static JsonObject? SortRange(JsonObject request, BatchContext context)
    {
        var (sheet, box) = context.Range(request["range"] as JsonObject);
        var specs = (request["sortSpecs"] as JsonArray ?? []).Select(s => s as JsonObject ?? []).ToList();
        foreach (var spec in specs)
        {
            if (spec["dataSourceColumnReference"] is not null || spec["foregroundColor"] is not null || spec["backgroundColor"] is not null
                || spec["foregroundColorStyle"] is not null || spec["backgroundColorStyle"] is not null)
                throw new ApiException(501, "sortRange by data source column or by color is not implemented by the fake", "notImplemented");
            var column = (int?)spec["dimensionIndex"] ?? 0;
            if (column < box.Left || column >= box.Right)
                throw SheetsErrors.BadRequest($"sortSpecs dimensionIndex {column} is outside the range.");
        }

        var reader = new CellReader(context.Book);
        var rows = Enumerable.Range(box.Top, box.Rows)
            .Select(r => (Cells: Enumerable.Range(box.Left, box.Columns).Select(c => sheet.Get(r, c)).ToArray(),
                Keys: specs.Select(s => reader.Effective(sheet, r, (int?)s["dimensionIndex"] ?? 0)).ToArray()))
            .ToList();
        var order = specs.Select(s => (string?)s["sortOrder"] == "DESCENDING").ToArray();
        var sorted = rows.Order(Comparer<(StoredCell?[] Cells, CellValue[] Keys)>.Create((a, b) => Compare(a.Keys, b.Keys, order))).ToList();
        for (var i = 0; i < sorted.Count; i++)
            for (var c = 0; c < box.Columns; c++)
                sheet.Set(box.Top + i, box.Left + c, sorted[i].Cells[c]);
        return null;
    }

    private static int Compare(CellValue[] a, CellValue[] b, bool[] descending)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (x.IsEmpty || y.IsEmpty)
            {
                if (x.IsEmpty != y.IsEmpty) return x.IsEmpty ? 1 : -1;
                continue;
            }
            var order = Rank(x).CompareTo(Rank(y));
            if (order == 0)
                order = x.Kind is CellValueKind.Text or CellValueKind.Error
                    ? string.Compare(x.Text, y.Text, StringComparison.OrdinalIgnoreCase)
                    : x.Number.CompareTo(y.Number);
            if (order != 0) return descending[i] ? -order : order;
        }
        return 0;
    }

    private static int Rank(CellValue value) => value.Kind switch
    {
        CellValueKind.Number => 0,
        CellValueKind.Text => 1,
        CellValueKind.Bool => 2,
        _ => 3,
    };

    // The cell as a CellData message, for the mask to merge into.
    private static JsonObject CellData(StoredCell cell)
    {
        var data = new JsonObject();
        if (cell.Formula is not null) data["userEnteredValue"] = new JsonObject { ["formulaValue"] = cell.Formula };
        else if (!cell.Value.IsEmpty) data["userEnteredValue"] = GridDataJson.ExtendedValue(cell.Value);
        if (cell.Format is not null) data["userEnteredFormat"] = cell.Format.DeepClone();
        if (cell.Note is not null) data["note"] = cell.Note;
        return data;
    }

    private static StoredCell FromCellData(JsonObject data)
    {
        var value = data["userEnteredValue"] as JsonObject;
        string? formula = null;
        var literal = CellValue.Empty;
        if ((string?)value?["formulaValue"] is { } text) formula = FormulaText.Normalize(text.StartsWith('=') ? text : "=" + text);
        else if (value?["numberValue"] is { } number) literal = CellValue.Of(number.GetValue<double>());
        else if ((string?)value?["stringValue"] is { Length: > 0 } str) literal = CellValue.Of(str);
        else if (value?["boolValue"] is { } flag) literal = CellValue.Of(flag.GetValue<bool>());
        else if (value?["errorValue"] is not null) throw SheetsErrors.BadRequest("userEnteredValue cannot be an error.");
        var format = data["userEnteredFormat"] as JsonObject;
        return new StoredCell(literal, formula, format is { Count: > 0 } ? format.DeepClone().AsObject() : null, (string?)data["note"]);
    }
}
