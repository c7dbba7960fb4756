using System.Text.Json;
using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// Stores written values. RAW keeps strings as text ("=1+2" too); USER_ENTERED reads them as typed (see
/// <see cref="UserEntered"/>). JSON numbers and booleans are stored as such in both modes; null leaves the cell as it
/// is and "" empties it. A cell's format stays, except the number format a typed entry implies.
/// </summary>
internal static class CellWriter
{
    public static void Write(GridSheet sheet, int top, int left, ValueBlock block, bool userEntered)
    {
        for (var r = 0; r < block.Rows.Count; r++)
            for (var c = 0; c < block.Rows[r].Count; c++)
                if (block.Rows[r][c] is { } value)
                    Write(sheet, top + r, left + c, value, userEntered, $"values[{r}][{c}]");
    }

    public static void Write(GridSheet sheet, int row, int column, JsonNode value, bool userEntered, string where)
    {
        var cell = sheet.Get(row, column) ?? new StoredCell(CellValue.Empty, null, null, null);
        var kind = value is JsonValue ? value.GetValueKind() : JsonValueKind.Object;
        StoredCell updated;
        switch (kind)
        {
            case JsonValueKind.String when userEntered:
                var entry = UserEntered.Parse(value.GetValue<string>());
                updated = cell with
                {
                    Value = entry.Value,
                    Formula = entry.Formula,
                    Format = entry.NumberFormat is null ? cell.Format : WithNumberFormat(cell.Format, entry.NumberFormat),
                };
                break;
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                updated = cell with { Value = text.Length == 0 ? CellValue.Empty : CellValue.Of(text), Formula = null };
                break;
            case JsonValueKind.Number:
                updated = cell with { Value = CellValue.Of(value.GetValue<double>()), Formula = null };
                break;
            case JsonValueKind.True or JsonValueKind.False:
                updated = cell with { Value = CellValue.Of(value.GetValue<bool>()), Formula = null };
                break;
            default:
                throw SheetsErrors.BadRequest($"Invalid {where}: {ValueBlock.Kind(value)}");
        }
        sheet.Set(row, column, updated);
    }

    public static JsonObject WithNumberFormat(JsonObject? format, JsonObject numberFormat)
    {
        var copy = format?.DeepClone().AsObject() ?? [];
        copy["numberFormat"] = numberFormat.DeepClone();
        return copy;
    }
}
