namespace McpServers.FakeGoogle.Sheets;

/// <summary>A bounded rectangle of cells, 0-based, end exclusive (as GridRange indexes are).</summary>
internal readonly record struct GridBox(int Top, int Left, int Bottom, int Right)
{
    public int Rows => Bottom - Top;

    public int Columns => Right - Left;

    public bool IsEmpty => Rows <= 0 || Columns <= 0;

    public bool Contains(int row, int column) => row >= Top && row < Bottom && column >= Left && column < Right;
}
