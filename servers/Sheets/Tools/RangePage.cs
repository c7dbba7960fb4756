using System.Text.Json;
using McpServers.Sheets.A1;
using McpServers.Sheets.Api;

namespace McpServers.Sheets.Tools;

/// <summary>
/// One page of a read: at most <c>maxRows</c> rows are asked for (one more, to know whether more follow), so a big sheet is
/// never fetched whole; the rest is named as <c>nextRange</c>.
/// </summary>
internal sealed record RangePage(A1Range Range, int FirstRow, int MaxRows)
{
    public const int DefaultMaxRows = 500;
    public const int LargestMaxRows = 10_000;

    /// <summary>The rows to request: FirstRow up to MaxRows + 1 rows, within the range.</summary>
    public A1Range Request => Range.WithRows(FirstRow, Math.Min(Range.EndRow ?? int.MaxValue, FirstRow + MaxRows));

    /// <summary>
    /// The range from FirstRow on, left open: Sheets refuses a read past the last row of a sheet ("exceeds grid limits") but
    /// clips an open range to it. Asked when <see cref="Request"/> ran past a sheet shorter than the page, so it is at most a page.
    /// </summary>
    public A1Range Open => Range.StartColumn is null && Range.EndColumn is null && Range.EndRow is null
        ? Range // a whole sheet: read from its top, the rows above FirstRow are skipped by Cut
        : Range.WithRows(FirstRow, Range.EndRow);

    public static int CheckMaxRows(int maxRows) =>
        maxRows is >= 1 and <= LargestMaxRows ? maxRows
            : throw new Hosting.ToolInputException($"maxRows must be 1 to {LargestMaxRows}, not {maxRows}");

    /// <summary>The rows answered from FirstRow on, cut to MaxRows; the range they fill; the range still to read, if any.</summary>
    public (IReadOnlyList<IReadOnlyList<JsonElement>> Rows, string? Shown, string? NextRange, string? Note) Cut(ValueRange? answer, int? headerRow = null)
    {
        var answered = Parsed(answer?.Range);
        IReadOnlyList<IReadOnlyList<JsonElement>> rows = answer?.Values ?? [];
        var skip = FirstRow - (answered?.FirstRow ?? FirstRow);
        if (skip > 0) rows = rows.Skip(skip).ToList();
        var columns = WithColumns(Range, answered, rows);
        var more = rows.Count > MaxRows;
        if (more) rows = rows.Take(MaxRows).ToList();
        var shown = rows.Count == 0 ? answer?.Range : columns.WithRows(FirstRow, FirstRow + rows.Count - 1).ToString();
        // Sheets leaves out trailing empty rows, so a full page whose next row is empty may still have rows after a gap.
        var maybe = !more && rows.Count == MaxRows && (Range.EndRow is null || Range.EndRow >= FirstRow + MaxRows);
        if (!more && !maybe) return (rows, shown, null, null);
        var next = columns.WithRows(FirstRow + MaxRows, Range.EndRow).ToString();
        var read = $"Read them with range '{next}'" + (headerRow is { } h ? $" and headerRow {h}." : ".");
        return (rows, shown, next, more
            ? $"Only the first {rows.Count} rows are shown; more follow. {read}"
            : $"The page is full and the row after it is empty; more rows may follow a gap. {read}");
    }

    private static A1Range? Parsed(string? range)
    {
        try
        {
            return range is null ? null : A1Range.Parse(range);
        }
        catch (Hosting.ToolInputException)
        {
            return null;
        }
    }

    // A next range must name its columns: "Sheet1!501:" is not A1. Sheets answers a row range with the grid's columns.
    private static A1Range WithColumns(A1Range range, A1Range? answered, IReadOnlyList<IReadOnlyList<JsonElement>> rows) =>
        range.StartColumn is not null ? range
        : answered?.StartColumn is not null ? range with { StartColumn = answered.StartColumn, EndColumn = answered.EndColumn }
        : range with { StartColumn = 0, EndColumn = Math.Max(0, rows.Count == 0 ? 0 : rows.Max(r => r.Count) - 1) };
}
