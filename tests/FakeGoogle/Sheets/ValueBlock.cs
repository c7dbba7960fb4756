using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>The values of a write (a ValueRange's "values"), as rows whatever the majorDimension they came in; null items leave cells as they are.</summary>
internal sealed class ValueBlock(IReadOnlyList<IReadOnlyList<JsonNode?>> rows)
{
    public IReadOnlyList<IReadOnlyList<JsonNode?>> Rows { get; } = rows;

    public int RowCount => Rows.Count;

    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);

    public int CellCount => Rows.Sum(r => r.Count);

    public bool IsEmpty => CellCount == 0;

    public static ValueBlock From(JsonObject? valueRange)
    {
        var lines = (valueRange?["values"] as JsonArray ?? []).Select((line, i) => line switch
        {
            null => (IReadOnlyList<JsonNode?>)[],
            JsonArray items => Checked(items, i),
            _ => throw SheetsErrors.BadRequest($"Invalid values[{i}]: {Kind(line)}"),
        }).ToList();
        if ((string?)valueRange?["majorDimension"] != "COLUMNS") return new ValueBlock(lines);
        var height = lines.Count == 0 ? 0 : lines.Max(c => c.Count);
        var rows = Enumerable.Range(0, height)
            .Select(r => (IReadOnlyList<JsonNode?>)lines.Select(column => r < column.Count ? column[r] : null).ToList())
            .ToList();
        return new ValueBlock(rows);
    }

    // Cells take numbers, strings, booleans and null; a list or an object inside a row is refused before anything is written.
    private static IReadOnlyList<JsonNode?> Checked(JsonArray items, int row)
    {
        for (var column = 0; column < items.Count; column++)
            if (items[column] is JsonArray or JsonObject)
                throw SheetsErrors.BadRequest($"Invalid values[{row}][{column}]: {Kind(items[column]!)}");
        return items.ToList();
    }

    /// <summary>How Google names a value it cannot take ("list_value", "struct_value").</summary>
    public static string Kind(JsonNode node) => node switch
    {
        JsonArray array => $"list_value {{{array.ToJsonString()}}}",
        JsonObject obj => $"struct_value {{{obj.ToJsonString()}}}",
        _ => node.ToJsonString(),
    };
}
