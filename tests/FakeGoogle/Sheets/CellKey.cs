namespace McpServers.FakeGoogle.Sheets;

/// <summary>A cell's position in its sheet, 0-based.</summary>
internal readonly record struct CellKey(int Row, int Column);
