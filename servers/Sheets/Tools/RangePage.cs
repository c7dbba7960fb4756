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

    /// <summary>Whether the range has any row from FirstRow on.</summary>
    public bool IsEmpty => Range.EndRow < FirstRow;

    public static int CheckMaxRows(int maxRows) =>
        maxRows is >= 1 and <= LargestMaxRows ? maxRows
            : throw new Hosting.ToolInputException($"maxRows must be 1 to {LargestMaxRows}, not {maxRows}");

    /// <summary>The rows answered, cut to MaxRows, with the range still to read when there were more.</summary>
    public (IReadOnlyList<IReadOnlyList<JsonElement>> Rows, string? NextRange) Cut(ValueRange? answer)
    {
        var rows = answer?.Values ?? [];
        if (rows.Count <= MaxRows) return (rows, null);
        return (rows.Take(MaxRows).ToList(), Range.WithRows(FirstRow + MaxRows, Range.EndRow).ToString());
    }

    public static string MoreNote(string nextRange, int shown, int? headerRow) =>
        $"Only the first {shown} rows are shown; more follow. Read them with range '{nextRange}'" + (headerRow is { } h ? $" and headerRow {h}." : ".");
}
