using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Sheets.Formulas;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// Reads cells as values.get renders them: FORMATTED_VALUE (strings as displayed), UNFORMATTED_VALUE (numbers and
/// booleans typed; dates as serials unless dateTimeRenderOption is FORMATTED_STRING) or FORMULA (the formula text for
/// formula cells). One reader per request: formulas are computed against the cells as they are now.
/// </summary>
internal sealed class CellReader(Workbook book)
{
    public const string Formatted = "FORMATTED_VALUE";
    public const string Unformatted = "UNFORMATTED_VALUE";
    public const string Formula = "FORMULA";
    public const string FormattedString = "FORMATTED_STRING";

    private readonly FormulaEvaluator _evaluator = new(book);

    public CellValue Effective(GridSheet sheet, int row, int column) => _evaluator.ValueAt(sheet, row, column);

    public string FormattedText(GridSheet sheet, int row, int column) =>
        Display(Effective(sheet, row, column), sheet.Get(row, column)?.NumberFormat);

    public static string Display(CellValue value, JsonObject? numberFormat) => value.Kind switch
    {
        CellValueKind.Number => NumberFormatter.Format(value.Number, numberFormat),
        CellValueKind.Bool => value.Number != 0 ? "TRUE" : "FALSE",
        _ => value.Text,
    };

    /// <summary>One cell as rendered, or null when it shows nothing.</summary>
    public JsonNode? Render(GridSheet sheet, int row, int column, string valueRender, string dateTimeRender)
    {
        var cell = sheet.Get(row, column);
        if (valueRender == Formula && cell?.Formula is { } formula) return formula;
        var value = Effective(sheet, row, column);
        if (value.IsEmpty || (value.Kind == CellValueKind.Text && value.Text.Length == 0)) return null;
        if (valueRender == Formatted) return Display(value, cell?.NumberFormat);
        return value.Kind switch
        {
            CellValueKind.Number when dateTimeRender == FormattedString && NumberFormatter.IsDateTime(cell?.NumberFormat) =>
                Display(value, cell?.NumberFormat),
            CellValueKind.Number => JsonValue.Create(value.Number),
            CellValueKind.Bool => JsonValue.Create(value.Number != 0),
            _ => value.Text,
        };
    }

    /// <summary>
    /// The box's values as a ValueRange's "values": rows (or columns), trailing empty rows and trailing empty cells of
    /// each row left out, empty cells before a value as ""; null when nothing is left.
    /// </summary>
    public JsonArray? Values(GridSheet sheet, GridBox box, string valueRender, string dateTimeRender, bool byColumns)
    {
        var rendered = new Dictionary<CellKey, JsonNode>();
        foreach (var key in sheet.Cells.Keys.Where(k => box.Contains(k.Row, k.Column)).ToList())
            if (Render(sheet, key.Row, key.Column, valueRender, dateTimeRender) is { } node) rendered[key] = node;
        if (rendered.Count == 0) return null;

        var lines = new SortedDictionary<int, SortedDictionary<int, JsonNode>>();
        foreach (var (key, node) in rendered)
        {
            var (line, position) = byColumns ? (key.Column - box.Left, key.Row - box.Top) : (key.Row - box.Top, key.Column - box.Left);
            if (!lines.TryGetValue(line, out var cells)) lines[line] = cells = [];
            cells[position] = node;
        }
        var values = new JsonArray();
        for (var line = 0; line <= lines.Keys.Max(); line++)
        {
            var row = new JsonArray();
            if (lines.TryGetValue(line, out var cells))
                for (var position = 0; position <= cells.Keys.Max(); position++)
                    row.Add(cells.TryGetValue(position, out var node) ? node : "");
            values.Add(row);
        }
        return values;
    }
}
