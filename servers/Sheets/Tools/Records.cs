using System.Text.Json;
using McpServers.Hosting;
using McpServers.Sheets.A1;

namespace McpServers.Sheets.Tools;

/// <summary>Rows as objects keyed by a header row, and objects back to rows in the header's column order.</summary>
internal static class Records
{
    /// <summary>
    /// Header names: trimmed; an empty header is its column's letter, a repeated one gets _2, _3. <paramref name="columns"/>
    /// widens the header when rows are wider (those columns are named by letter).
    /// </summary>
    public static IReadOnlyList<string> Headers(IReadOnlyList<JsonElement> header, int firstColumn, int columns)
    {
        var names = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(header.Count, columns); i++)
        {
            var text = i < header.Count ? Text(header[i]).Trim() : "";
            var name = text.Length > 0 ? text : A1Range.ColumnName(firstColumn + i);
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++) unique = $"{name}_{n}";
            names.Add(unique);
        }
        return names;
    }

    /// <summary>Each row as an object with every header (an empty or missing cell is "").</summary>
    public static IReadOnlyList<Dictionary<string, JsonElement>> FromRows(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<JsonElement>> rows) =>
        rows.Select(row => headers.Select((h, i) => KeyValuePair.Create(h, i < row.Count ? row[i] : CellValues.Empty))
            .ToDictionary(StringComparer.Ordinal)).ToList();

    /// <summary>
    /// Records as rows under <paramref name="headers"/> (keys match exactly, else ignoring case and spaces); a key that is
    /// no column is an error, so no value is dropped unseen. Missing keys leave the cell empty.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<JsonElement>> ToRows(IReadOnlyList<string> headers, IReadOnlyList<Dictionary<string, JsonElement>> records, string argument)
    {
        var rows = new List<IReadOnlyList<JsonElement>>();
        for (var r = 0; r < records.Count; r++)
        {
            var row = Enumerable.Repeat(CellValues.Empty, headers.Count).ToArray();
            var last = -1;
            foreach (var (key, value) in records[r])
            {
                var column = Column(headers, key);
                if (column < 0)
                    throw new ToolInputException($"{argument}[{r}]: '{key}' is not a column of the table; its columns are "
                        + string.Join(", ", headers.Select(h => $"'{h}'")) + " (nothing was written; if the header row is lower, give headerRow)");
                if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    throw new ToolInputException($"{argument}[{r}].{key}: a cell is text, a number, true/false or null");
                row[column] = value.ValueKind == JsonValueKind.Null ? CellValues.Empty : value;
                last = Math.Max(last, column);
            }
            rows.Add(row.Take(Math.Max(last + 1, 1)).ToArray());
        }
        return rows;
    }

    private static int Column(IReadOnlyList<string> headers, string key)
    {
        for (var i = 0; i < headers.Count; i++)
            if (headers[i] == key) return i;
        var loose = Normalize(key);
        var matches = headers.Select((h, i) => (h, i)).Where(x => Normalize(x.h) == loose).ToList();
        return matches.Count == 1 ? matches[0].i : -1;
    }

    private static string Normalize(string text) => new string(text.Where(c => !char.IsWhiteSpace(c) && c != '_').ToArray()).ToLowerInvariant();

    public static string Text(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.String => cell.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => cell.GetRawText(),
    };
}
