namespace McpServers.FakeGoogle.Sheets;

/// <summary>A parsed A1 range: the sheet it names and the cells, possibly open-ended.</summary>
internal sealed record A1Range(GridSheet Sheet, CellSpan Span)
{
    /// <summary>
    /// The cells within the grid: open sides reach the grid's edge; a side the range names beyond the grid is
    /// Google's "exceeds grid limits".
    /// </summary>
    public GridBox Resolve()
    {
        var box = new GridBox(Span.Top ?? 0, Span.Left ?? 0, Span.Bottom ?? Sheet.RowCount, Span.Right ?? Sheet.ColumnCount);
        if (SheetsErrors.Outside(Sheet, box.Top, box.Left, Math.Max(box.Bottom, box.Top + 1), Math.Max(box.Right, box.Left + 1)) is { } error)
            throw error;
        return box;
    }

    /// <summary>The normalized range of the resolved cells ("Sheet1!A1:C1000").</summary>
    public string Text() => A1Notation.Range(Sheet, Resolve());
}
