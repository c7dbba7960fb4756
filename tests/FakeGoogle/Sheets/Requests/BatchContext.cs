using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets.Requests;

/// <summary>
/// What the requests of one spreadsheets.batchUpdate work on: a copy of the spreadsheet (kept only if all succeed)
/// and its title, with the lookups every kind of request needs.
/// </summary>
internal sealed class BatchContext(Workbook book, string title)
{
    public Workbook Book { get; } = book;

    /// <summary>The spreadsheet's title (its Drive file's name) as the requests leave it.</summary>
    public string Title { get; set; } = title;

    public GridSheet Sheet(int sheetId) => Book.ById(sheetId) ?? throw SheetsErrors.BadRequest($"No grid with id: {sheetId}");

    /// <summary>A GridRange's sheet and cells: missing bounds reach the grid's edge, bounds beyond it are refused.</summary>
    public (GridSheet Sheet, GridBox Box) Range(JsonObject? gridRange)
    {
        var (sheetId, span) = GridRangeJson.Read(gridRange);
        var sheet = Sheet(sheetId);
        var box = new GridBox(span.Top ?? 0, span.Left ?? 0, span.Bottom ?? sheet.RowCount, span.Right ?? sheet.ColumnCount);
        if (box.Top < 0 || box.Left < 0 || box.Bottom < box.Top || box.Right < box.Left)
            throw SheetsErrors.BadRequest("Invalid range: the start index must not be negative or greater than the end index.");
        if (box.Bottom > sheet.RowCount) throw SheetsErrors.ExceedsGrid(sheet, sheet.RowCount, box.Left);
        if (box.Right > sheet.ColumnCount) throw SheetsErrors.ExceedsGrid(sheet, box.Top, sheet.ColumnCount);
        return (sheet, box);
    }

    /// <summary>A DimensionRange: its sheet, whether it is rows, and [start, end) (a missing end is the grid's edge).</summary>
    public (GridSheet Sheet, bool Rows, int Start, int End) Dimension(JsonObject? range)
    {
        var sheet = Sheet((int?)range?["sheetId"] ?? 0);
        var rows = (string?)range?["dimension"] switch
        {
            "ROWS" => true,
            "COLUMNS" => false,
            _ => throw SheetsErrors.BadRequest("range.dimension must be ROWS or COLUMNS"),
        };
        var start = (int?)range?["startIndex"] ?? 0;
        var end = (int?)range?["endIndex"] ?? (rows ? sheet.RowCount : sheet.ColumnCount);
        if (start < 0 || end <= start) throw SheetsErrors.BadRequest($"range.startIndex ({start}) must be less than range.endIndex ({end})");
        return (sheet, rows, start, end);
    }

    /// <summary>The mask a request's "fields" gives, or Google's complaint when there is none.</summary>
    public static IReadOnlyList<string> Mask(JsonObject request) =>
        FieldMask.Paths((string?)request["fields"]) ?? throw SheetsErrors.BadRequest("At least one field must be specified in 'fields'.");
}
