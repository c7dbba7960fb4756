using System.Text.Json;

namespace McpServers.Sheets.Api;

// The Sheets API v4 resources mcp-sheets reads and sends (only the fields it uses), as the API reference names them.

/// <summary>Values of one range (<c>ValueRange</c>).</summary>
internal sealed record ValueRange(string? Range, string? MajorDimension, IReadOnlyList<IReadOnlyList<JsonElement>>? Values);

/// <summary>Answer of <c>values.batchGet</c>.</summary>
internal sealed record BatchGetValuesResponse(string? SpreadsheetId, IReadOnlyList<ValueRange>? ValueRanges);

/// <summary>Answer of <c>values.update</c> (and each part of <c>values.batchUpdate</c> and of an append).</summary>
internal sealed record UpdateValuesResponse(string? SpreadsheetId, string? UpdatedRange, int? UpdatedRows, int? UpdatedColumns, int? UpdatedCells);

/// <summary>Answer of <c>values.append</c>.</summary>
internal sealed record AppendValuesResponse(string? SpreadsheetId, string? TableRange, UpdateValuesResponse? Updates);

/// <summary>Answer of <c>values.clear</c>.</summary>
internal sealed record ClearValuesResponse(string? SpreadsheetId, string? ClearedRange);

/// <summary>Body of <c>values.batchUpdate</c>.</summary>
internal sealed record BatchUpdateValuesRequest(string ValueInputOption, IReadOnlyList<ValueRange> Data);

/// <summary>Answer of <c>values.batchUpdate</c>.</summary>
internal sealed record BatchUpdateValuesResponse(string? SpreadsheetId, int? TotalUpdatedRows, int? TotalUpdatedColumns, int? TotalUpdatedCells,
    int? TotalUpdatedSheets, IReadOnlyList<UpdateValuesResponse>? Responses);

/// <summary>A spreadsheet (<c>Spreadsheet</c>), without grid data.</summary>
internal sealed record Spreadsheet(string? SpreadsheetId, SpreadsheetProperties? Properties, IReadOnlyList<Sheet>? Sheets,
    IReadOnlyList<NamedRange>? NamedRanges, string? SpreadsheetUrl);

/// <summary><c>SpreadsheetProperties</c>.</summary>
internal sealed record SpreadsheetProperties(string? Title, string? Locale, string? TimeZone);

/// <summary>One sheet (tab): its properties and charts.</summary>
internal sealed record Sheet(SheetProperties? Properties, IReadOnlyList<JsonElement>? Charts);

/// <summary><c>SheetProperties</c>.</summary>
internal sealed record SheetProperties(int? SheetId, string? Title, int? Index, string? SheetType, GridProperties? GridProperties, bool? Hidden = null);

/// <summary><c>GridProperties</c>: size and frozen rows and columns.</summary>
internal sealed record GridProperties(int? RowCount, int? ColumnCount, int? FrozenRowCount, int? FrozenColumnCount);

/// <summary><c>NamedRange</c>.</summary>
internal sealed record NamedRange(string? NamedRangeId, string? Name, GridRange? Range);

/// <summary><c>GridRange</c>: 0-based, ends exclusive, a missing bound is unbounded.</summary>
internal sealed record GridRange(int? SheetId, int? StartRowIndex, int? EndRowIndex, int? StartColumnIndex, int? EndColumnIndex);

/// <summary>Answer of <c>spreadsheets.batchUpdate</c>: one reply per request, in order.</summary>
internal sealed record BatchUpdateSpreadsheetResponse(string? SpreadsheetId, IReadOnlyList<JsonElement>? Replies);
