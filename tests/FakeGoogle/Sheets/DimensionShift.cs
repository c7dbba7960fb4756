namespace McpServers.FakeGoogle.Sheets;

/// <summary>Rows or columns inserted (Count &gt; 0) at Start, or deleted (Count &lt; 0) from Start on.</summary>
internal readonly record struct DimensionShift(bool Rows, int Start, int Count);
