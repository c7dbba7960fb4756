using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// One sheet (tab) of a spreadsheet: its properties, its grid size, its cells (sparse), dimension properties (pixel
/// sizes) and the borders set on it. Guarded by FakeDrive.Gate; batch updates work on a <see cref="Clone"/>.
/// </summary>
internal sealed class GridSheet(int sheetId, string title, int rowCount, int columnCount)
{
    public const int DefaultRows = 1000;
    public const int DefaultColumns = 26;

    public int SheetId { get; set; } = sheetId;
    public string Title { get; set; } = title;
    public int RowCount { get; set; } = rowCount;
    public int ColumnCount { get; set; } = columnCount;
    public int FrozenRowCount { get; set; }
    public int FrozenColumnCount { get; set; }

    /// <summary>The SheetProperties the fake does not act on (hidden, tabColor, rightToLeft, gridProperties.hideGridlines, ...), kept as set.</summary>
    public JsonObject Extra { get; set; } = [];

    public Dictionary<CellKey, StoredCell> Cells { get; private init; } = [];

    /// <summary>DimensionProperties by row index, as set by updateDimensionProperties.</summary>
    public Dictionary<int, JsonObject> RowProperties { get; private init; } = [];

    /// <summary>DimensionProperties by column index.</summary>
    public Dictionary<int, JsonObject> ColumnProperties { get; private init; } = [];

    /// <summary>updateBorders requests as received, in order.</summary>
    public List<JsonObject> Borders { get; private init; } = [];

    public StoredCell? Get(int row, int column) => Cells.GetValueOrDefault(new CellKey(row, column));

    /// <summary>Stores the cell, or forgets it when it holds nothing.</summary>
    public void Set(int row, int column, StoredCell? cell)
    {
        if (cell is null || cell.IsBlank) Cells.Remove(new CellKey(row, column));
        else Cells[new CellKey(row, column)] = cell;
    }

    public GridBox Grid => new(0, 0, RowCount, ColumnCount);

    public Dictionary<int, JsonObject> DimensionProperties(bool rows) => rows ? RowProperties : ColumnProperties;

    /// <summary>The SheetProperties resource; Google leaves zero frozen counts out.</summary>
    public JsonObject Properties(int index)
    {
        var grid = Extra["gridProperties"]?.DeepClone() as JsonObject ?? [];
        grid["rowCount"] = RowCount;
        grid["columnCount"] = ColumnCount;
        if (FrozenRowCount > 0) grid["frozenRowCount"] = FrozenRowCount;
        else grid.Remove("frozenRowCount");
        if (FrozenColumnCount > 0) grid["frozenColumnCount"] = FrozenColumnCount;
        else grid.Remove("frozenColumnCount");
        var properties = new JsonObject
        {
            ["sheetId"] = SheetId,
            ["title"] = Title,
            ["index"] = index,
            ["sheetType"] = "GRID",
            ["gridProperties"] = Order(grid),
        };
        foreach (var (name, value) in Extra)
            if (name != "gridProperties") properties[name] = value?.DeepClone();
        return properties;
    }

    public GridSheet Clone() => new(SheetId, Title, RowCount, ColumnCount)
    {
        FrozenRowCount = FrozenRowCount,
        FrozenColumnCount = FrozenColumnCount,
        Extra = Extra.DeepClone().AsObject(),
        Cells = new Dictionary<CellKey, StoredCell>(Cells),
        RowProperties = new Dictionary<int, JsonObject>(RowProperties),
        ColumnProperties = new Dictionary<int, JsonObject>(ColumnProperties),
        Borders = [.. Borders],
    };

    // rowCount and columnCount lead, as in Google's answers.
    private static JsonObject Order(JsonObject grid)
    {
        var ordered = new JsonObject();
        foreach (var name in new[] { "rowCount", "columnCount", "frozenRowCount", "frozenColumnCount" })
            if (grid[name] is { } value) ordered[name] = value.DeepClone();
        foreach (var (name, value) in grid)
            if (ordered[name] is null) ordered[name] = value?.DeepClone();
        return ordered;
    }
}
