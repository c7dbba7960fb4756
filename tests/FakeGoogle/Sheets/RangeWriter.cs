using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// values.update's write into a range: from the range's top-left cell; a single cell is only an anchor, while a
/// range's named sides bound the values ("Requested writing within range [...]"); the grid does not grow ("exceeds
/// grid limits").
/// </summary>
internal static class RangeWriter
{
    /// <summary>Writes the block; returns the box it covered (empty when there were no values).</summary>
    public static GridBox Write(A1Range range, ValueBlock block, bool userEntered)
    {
        var (sheet, span) = (range.Sheet, range.Span);
        var top = span.Top ?? 0;
        var left = span.Left ?? 0;
        if (!span.SingleCell)
        {
            if (span.Bottom is { } bottom && top + block.RowCount > bottom)
                throw SheetsErrors.BadRequest($"Requested writing within range [{A1Notation.Span(sheet, span)}], but tried writing to row [{bottom + 1}]");
            if (span.Right is { } right && left + block.ColumnCount > right)
                throw SheetsErrors.BadRequest($"Requested writing within range [{A1Notation.Span(sheet, span)}], but tried writing to column [{A1Notation.Column(right)}]");
        }
        if (SheetsErrors.Outside(sheet, top, left, top + Math.Max(block.RowCount, 1), left + Math.Max(block.ColumnCount, 1)) is { } error)
            throw error;
        CellWriter.Write(sheet, top, left, block, userEntered);
        return new GridBox(top, left, top + block.RowCount, left + block.ColumnCount);
    }

    /// <summary>UpdateValuesResponse; updatedData (read back as the response options ask) when includeValuesInResponse.</summary>
    public static JsonObject Response(string spreadsheetId, Workbook book, GridSheet sheet, GridBox box, ValueBlock block,
        bool includeValues, string? valueRender, string? dateTimeRender)
    {
        var answer = new JsonObject { ["spreadsheetId"] = spreadsheetId };
        if (block.IsEmpty) return answer;
        answer["updatedRange"] = A1Notation.Range(sheet, box);
        answer["updatedRows"] = block.Rows.Count(r => r.Any(v => v is not null));
        answer["updatedColumns"] = Enumerable.Range(0, block.ColumnCount).Count(c => block.Rows.Any(r => c < r.Count && r[c] is not null));
        answer["updatedCells"] = block.Rows.Sum(r => r.Count(v => v is not null));
        if (includeValues)
            answer["updatedData"] = ValuesReadApi.ValueRange(book, sheet, box, valueRender, dateTimeRender, majorDimension: null);
        return answer;
    }

    /// <summary>valueInputOption: true for USER_ENTERED, false for RAW; Google refuses a write without one.</summary>
    public static bool UserEntered(string? valueInputOption) => valueInputOption switch
    {
        "USER_ENTERED" => true,
        "RAW" => false,
        _ => throw SheetsErrors.ValueInputOptionRequired(),
    };
}
