using System.Text.Json;

namespace McpServers.Sheets.Tools;

// What mcp-sheets' tools return as structuredContent. Ranges are A1 notation as Sheets answers them; rows are 1-based.

public sealed record SpreadsheetSummary(string? Id, string? Name, string? ModifiedTime, string? Url, string? Owner);

public sealed record SpreadsheetList(IReadOnlyList<SpreadsheetSummary> Spreadsheets, string? NextPageToken);

public sealed record SheetInfo(int SheetId, string? Title, int Index, int Rows, int Columns, int FrozenRows, int FrozenColumns, int Charts,
    string? Type, bool Hidden);

public sealed record NamedRangeInfo(string? Name, string? Range);

public sealed record SpreadsheetInfo(string? SpreadsheetId, string? Title, string? Url, string? Locale, string? TimeZone,
    IReadOnlyList<SheetInfo> Sheets, IReadOnlyList<NamedRangeInfo> NamedRanges);

/// <summary>Values of one range: <c>rows</c>, or <c>records</c> keyed by <c>headers</c>; <c>nextRange</c> when more rows follow.</summary>
public sealed record RangeValues(string? Range, int FirstRow, int RowCount, IReadOnlyList<IReadOnlyList<JsonElement>>? Rows,
    IReadOnlyList<string>? Headers, IReadOnlyList<Dictionary<string, JsonElement>>? Records, string? NextRange, string? Note);

public sealed record RangesValues(IReadOnlyList<RangeValues> Ranges);

public sealed record WriteResult(string? UpdatedRange, int UpdatedRows, int UpdatedColumns, int UpdatedCells, string? Note);

public sealed record BatchWriteResult(int TotalUpdatedCells, IReadOnlyList<WriteResult> Ranges, string? Note);

public sealed record AppendResult(string? TableRange, string? UpdatedRange, int UpdatedRows, int UpdatedCells, string? Note);

public sealed record ClearResult(string? ClearedRange);

public sealed record SheetResult(int SheetId, string? Title, int Index, int Rows, int Columns);

public sealed record CreatedSpreadsheet(string? SpreadsheetId, string? Title, string? Url, IReadOnlyList<SheetResult> Sheets, string? HeaderRange);

public sealed record FoundCell(string Cell, string Sheet, string Value);

public sealed record FoundCells(IReadOnlyList<FoundCell> Matches, bool Truncated, string? Note);

public sealed record ChartResult(int ChartId, string Sheet, string Anchor, string Type);

public sealed record ShareResult(string? PermissionId, string? Type, string? Role, string? EmailAddress, string? Domain, bool Notified);

public sealed record Done(string Message);

/// <summary>One range of <c>batch_update_ranges</c>.</summary>
public sealed record RangeUpdate(string Range, IReadOnlyList<IReadOnlyList<JsonElement>> Values);

/// <summary>One key of <c>sort_range</c>.</summary>
public sealed record SortKey(string Column, bool Descending = false);
