namespace McpServers.FakeGoogle;

/// <summary>A sheet's properties as spreadsheets.get lists them (index is its tab position).</summary>
public sealed record FakeSheetInfo(int SheetId, string Title, int Index, int RowCount, int ColumnCount, int FrozenRowCount, int FrozenColumnCount);
