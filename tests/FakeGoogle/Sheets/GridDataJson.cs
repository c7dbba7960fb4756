using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// GridData for includeGridData: rowData up to the last row with anything in it, each cell's userEnteredValue,
/// effectiveValue, formattedValue, userEnteredFormat and note; and the box's row and column metadata (pixel sizes).
/// </summary>
internal static class GridDataJson
{
    private const int DefaultRowHeight = 21;
    private const int DefaultColumnWidth = 100;

    public static JsonObject Render(Workbook book, GridSheet sheet, GridBox box)
    {
        var reader = new CellReader(book);
        var data = new JsonObject();
        if (box.Top > 0) data["startRow"] = box.Top;
        if (box.Left > 0) data["startColumn"] = box.Left;
        var stored = sheet.Cells.Keys.Where(k => box.Contains(k.Row, k.Column)).ToList();
        if (stored.Count > 0)
        {
            var bottom = stored.Max(k => k.Row);
            var rows = new JsonArray();
            for (var row = box.Top; row <= bottom; row++)
            {
                var inRow = stored.Where(k => k.Row == row).ToList();
                var values = new JsonArray();
                for (var column = box.Left; inRow.Count > 0 && column <= inRow.Max(k => k.Column); column++)
                    values.Add(Cell(reader, sheet, row, column));
                rows.Add(values.Count == 0 ? new JsonObject() : new JsonObject { ["values"] = values });
            }
            data["rowData"] = rows;
        }
        data["rowMetadata"] = Metadata(sheet.RowProperties, box.Top, box.Bottom, DefaultRowHeight);
        data["columnMetadata"] = Metadata(sheet.ColumnProperties, box.Left, box.Right, DefaultColumnWidth);
        return data;
    }

    private static JsonObject Cell(CellReader reader, GridSheet sheet, int row, int column)
    {
        var json = new JsonObject();
        if (sheet.Get(row, column) is not { } cell) return json;
        if (cell.Formula is not null) json["userEnteredValue"] = new JsonObject { ["formulaValue"] = cell.Formula };
        else if (!cell.Value.IsEmpty) json["userEnteredValue"] = ExtendedValue(cell.Value);
        var effective = reader.Effective(sheet, row, column);
        if (!effective.IsEmpty)
        {
            json["effectiveValue"] = ExtendedValue(effective);
            json["formattedValue"] = CellReader.Display(effective, cell.NumberFormat);
        }
        if (cell.Format is not null) json["userEnteredFormat"] = cell.Format.DeepClone();
        if (cell.Note is not null) json["note"] = cell.Note;
        return json;
    }

    /// <summary>ExtendedValue: numberValue, stringValue, boolValue or errorValue {type, message}.</summary>
    public static JsonObject ExtendedValue(CellValue value) => value.Kind switch
    {
        CellValueKind.Number => new JsonObject { ["numberValue"] = value.Number },
        CellValueKind.Bool => new JsonObject { ["boolValue"] = value.Number != 0 },
        CellValueKind.Error => new JsonObject { ["errorValue"] = new JsonObject { ["type"] = ErrorType(value.Text), ["message"] = ErrorMessage(value.Text) } },
        _ => new JsonObject { ["stringValue"] = value.Text },
    };

    private static string ErrorType(string code) => code switch
    {
        "#DIV/0!" => "DIVIDE_BY_ZERO",
        "#VALUE!" => "VALUE",
        "#REF!" => "REF",
        "#NAME?" => "NAME",
        "#NUM!" => "NUM",
        "#N/A" => "N_A",
        "#NULL!" => "NULL_VALUE",
        _ => "ERROR",
    };

    private static string ErrorMessage(string code) => code switch
    {
        "#DIV/0!" => "Function DIVIDE parameter 2 cannot be zero.",
        "#NAME?" => "Unknown function.",
        "#REF!" => "Reference does not exist.",
        "#N/A" => "Wrong number of arguments.",
        "#ERROR!" => "Formula parse error.",
        _ => "Error.",
    };

    private static JsonArray Metadata(Dictionary<int, JsonObject> properties, int from, int to, int defaultSize)
    {
        var metadata = new JsonArray();
        for (var i = from; i < to; i++)
        {
            var entry = properties.TryGetValue(i, out var set) ? set.DeepClone().AsObject() : [];
            entry["pixelSize"] ??= defaultSize;
            metadata.Add(entry);
        }
        return metadata;
    }
}
