using System.Text.Json;
using McpServers.Hosting;
using McpServers.Sheets.A1;

namespace McpServers.Sheets.Tools;

/// <summary>Checks values before they are written and fits a range to them, so a write does what it says.</summary>
internal static class CellValues
{
    /// <summary>An empty cell in an answer.</summary>
    public static JsonElement Empty { get; } = JsonDocument.Parse("\"\"").RootElement.Clone();

    /// <summary>Every cell is text, a number, a boolean or null (left as it is); the rows are not all empty.</summary>
    public static (int Rows, int Columns) Check(IReadOnlyList<IReadOnlyList<JsonElement>> values, string argument)
    {
        if (values.Count == 0)
            throw new ToolInputException($"{argument} is empty: give rows of values, e.g. [[\"Name\", \"Age\"], [\"Ada\", 36]] (to empty cells use clear_range)");
        for (var r = 0; r < values.Count; r++)
            for (var c = 0; c < values[r].Count; c++)
                if (values[r][c].ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Undefined)
                    throw new ToolInputException($"{argument}[{r}][{c}]: a cell is text, a number, true/false or null, not {values[r][c].ValueKind.ToString().ToLowerInvariant()}");
        var columns = values.Max(row => row.Count);
        if (columns == 0)
            throw new ToolInputException($"{argument} holds only empty rows: give at least one cell (\"\" empties a cell; clear_range empties a range)");
        return (values.Count, columns);
    }

    /// <summary>
    /// The range the values will fill. A single cell is where they start; a larger range must match them, because cells it
    /// names beyond the values would silently stay as they are (unless <paramref name="allowLarger"/>).
    /// </summary>
    public static A1Range Fit(A1Range range, int rows, int columns, bool allowLarger, string argument)
    {
        var fitted = new A1Range(range.Sheet, range.FirstColumn, range.FirstRow, range.FirstColumn + columns - 1, range.FirstRow + rows - 1);
        if (fitted.EndColumn >= A1Range.MaxColumns || fitted.EndRow >= A1Range.MaxRows)
            throw new ToolInputException($"{argument}: {rows}×{columns} values starting at {A1Range.CellName(range.FirstColumn, range.FirstRow)} go past the largest sheet Google allows (column ZZZ, row 10,000,000)");
        var isSingleCell = range is { Height: 1, Width: 1 };
        if (isSingleCell) return fitted;
        if (range.Height is { } height && rows > height || range.Width is { } width && columns > width)
            throw new ToolInputException($"{argument}: the values are {rows} row(s) × {columns} column(s) but range {range} holds only "
                + $"{Size(range.Height, "rows")} × {Size(range.Width, "columns")}: give range {fitted} (or just its first cell) — nothing was written");
        if (!allowLarger && (range.Height > rows || range.Width > columns))
            throw new ToolInputException($"{argument}: range {range} is {Size(range.Height, "rows")} × {Size(range.Width, "columns")} but the values are only {rows} × {columns}; "
                + $"the cells beyond them would keep their old contents. Give range {fitted}, or allowLargerRange: true to write anyway (clear_range empties cells) — nothing was written");
        return range.Height is null || range.Width is null ? fitted : range;
    }

    /// <summary>A note when values that look like formulas are stored as text (input raw).</summary>
    public static string? RawFormulaNote(IEnumerable<IReadOnlyList<JsonElement>> values, Api.ValueInput input)
    {
        if (input != Api.ValueInput.Raw) return null;
        var count = values.SelectMany(row => row).Count(v => v.ValueKind == JsonValueKind.String && v.GetString()!.StartsWith('='));
        return count == 0 ? null : $"{count} value(s) starting with '=' were stored as text, not formulas, because input is raw; write them with input user_entered to make them formulas.";
    }

    private static string Size(int? count, string unit) => count is { } n ? $"{n}" : $"all {unit}";
}
