using System.ComponentModel;
using System.Text.Json;
using McpServers.Hosting;
using McpServers.Sheets.A1;
using McpServers.Sheets.Api;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Sheets.Tools;

[McpServerToolType]
internal sealed class ReadTools(SheetsContext context)
{
    internal const string RangeText = "A1 notation: Sheet1!A1:C10, 'My sheet'!A:C (whole columns), Sheet1!2:2 (a row), Sheet1!A2:C (to the last row), "
        + "Sheet1 (the whole sheet); without a sheet name the first visible sheet. Quote names with spaces or punctuation, and names that look like a cell "
        + "('Q1'); write a quote inside twice: 'Bob''s data'!A1";
    internal const string SpreadsheetText = "Spreadsheet id (from its URL: docs.google.com/spreadsheets/d/<id>/edit, or list_spreadsheets)";
    internal const string AccountText = "Account name (default: --account, else the only one)";
    private const string RenderText = "How values come back: " + ValueRender.Choices;

    [McpServerTool(Name = "read_range", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(RangeValues))]
    [Description("Reads a range as rows, or as records keyed by a header row. Big ranges come back a page at a time: 'nextRange' names the rest.")]
    public async Task<CallToolResult> ReadAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(RangeText)] string range,
        [Description(RenderText)] string render = "formatted",
        [Description("Return records (objects keyed by the header row) instead of rows")] bool records = false,
        [Description("With records: the sheet row number holding the headers (default: the range's first row; the data starts below it)")] int? headerRow = null,
        [Description("Most rows to return (1-10000)")] int maxRows = RangePage.DefaultMaxRows,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = context.Resolve(account);
        var parsed = A1Range.Parse(range);
        var mode = ValueRender.Parse(render);
        RangePage.CheckMaxRows(maxRows);
        if (headerRow is < 1) throw new ToolInputException($"headerRow is a sheet row number (1 or more), not {headerRow}");
        if (!records)
        {
            var page = new RangePage(parsed, parsed.FirstRow, maxRows);
            var (rows, shown, next, note) = page.Cut((await context.ReadAsync(who, spreadsheetId, [page], mode, cancellationToken))[0]);
            return Result(new RangeValues(shown ?? parsed.ToString(), parsed.FirstRow + 1, rows.Count, rows, null, null, next, note));
        }
        var header = headerRow is { } h ? h - 1 : parsed.FirstRow;
        var dataStart = Math.Max(parsed.FirstRow, header + 1);
        var headerPage = new RangePage(parsed.WithRows(header, header), header, 1);
        var recordPage = new RangePage(parsed, dataStart, maxRows);
        // A bounded range whose only row is the header has no data rows to ask for.
        var both = await context.ReadAsync(who, spreadsheetId, recordPage.Request.EndRow < dataStart ? [headerPage] : [headerPage, recordPage], mode, cancellationToken);
        var headerCells = both[0]?.Values?.FirstOrDefault() ?? [];
        if (headerCells.Count == 0)
            throw new ToolInputException($"row {header + 1} ({headerPage.Range}) is empty, so it cannot name the columns: give headerRow, or read rows instead of records");
        var (dataRows, dataShown, nextRange, dataNote) = recordPage.Cut(both.ElementAtOrDefault(1), header + 1);
        var headers = Records.Headers(headerCells, parsed.FirstColumn, dataRows.Count == 0 ? 0 : dataRows.Max(r => r.Count));
        return Result(new RangeValues(dataShown ?? headerPage.Range.ToString(), dataStart + 1, dataRows.Count, null, headers, Records.FromRows(headers, dataRows),
            nextRange, dataNote));
    }

    [McpServerTool(Name = "read_ranges", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(RangesValues))]
    [Description("Reads several ranges in one request (one read against the per-minute quota instead of many).")]
    public async Task<CallToolResult> ReadManyAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description("Ranges; " + RangeText)] IReadOnlyList<string> ranges,
        [Description(RenderText)] string render = "formatted",
        [Description("Most rows per range (1-10000)")] int maxRows = RangePage.DefaultMaxRows,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (ranges.Count == 0) throw new ToolInputException("ranges is empty: give at least one range");
        var who = context.Resolve(account);
        var mode = ValueRender.Parse(render);
        RangePage.CheckMaxRows(maxRows);
        var pages = ranges.Select((r, i) => A1Range.Parse(r, $"ranges[{i}]")).Select(r => new RangePage(r, r.FirstRow, maxRows)).ToList();
        var answers = await context.ReadAsync(who, spreadsheetId, pages, mode, cancellationToken);
        var results = pages.Select((page, i) =>
        {
            var (rows, shown, next, note) = page.Cut(answers[i]);
            return new RangeValues(shown ?? page.Range.ToString(), page.FirstRow + 1, rows.Count, rows, null, null, next, note);
        }).ToList();
        return ToolResults.Structured(new RangesValues(results), SheetsJson.Default.RangesValues);
    }

    [McpServerTool(Name = "find_in_spreadsheet", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(FoundCells))]
    [Description("Finds text in every sheet (or one) and returns the cells that hold it, in A1 notation.")]
    public async Task<CallToolResult> FindAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description("Text to find")] string text,
        [Description("Only this sheet (title)")] string? sheet = null,
        [Description("Match upper and lower case exactly")] bool matchCase = false,
        [Description("The whole cell must equal the text")] bool wholeCell = false,
        [Description("Search formulas as written instead of the values shown")] bool inFormulas = false,
        [Description("Most matches to return (1-1000)")] int maxResults = 100,
        [Description("Rows searched per sheet, from the top (1-200000); a note names sheets that have more")] int maxRowsPerSheet = 20_000,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (text.Length == 0) throw new ToolInputException("text is empty");
        if (maxResults is < 1 or > 1000) throw new ToolInputException($"maxResults must be 1 to 1000, not {maxResults}");
        if (maxRowsPerSheet is < 1 or > 200_000) throw new ToolInputException($"maxRowsPerSheet must be 1 to 200000, not {maxRowsPerSheet}");
        var who = context.Resolve(account);
        var spreadsheet = await context.Sheets.GetAsync(who, spreadsheetId, cancellationToken);
        // Chart sheets hold no cells (a values read of one fails).
        var searched = sheet is null
            ? spreadsheet.Sheets?.Select(s => s.Properties).OfType<SheetProperties>().Where(p => p.SheetType is null or "GRID").ToList() ?? []
            : [SheetsContext.Find(spreadsheet, sheet)];
        var titles = searched.Select(p => p.Title!).ToList();
        // Only the top rows of a huge sheet are read, by a rows range inside its grid (1:N), never the whole sheet at once.
        var rowsRead = searched.Select(p => Math.Min(p.GridProperties?.RowCount ?? maxRowsPerSheet, maxRowsPerSheet)).ToList();
        var cut = searched.Where((p, i) => (p.GridProperties?.RowCount ?? 0) > rowsRead[i]).Select(p => $"'{p.Title}'").ToList();
        var values = await context.Sheets.BatchGetValuesAsync(who, spreadsheetId,
            searched.Select((p, i) => new A1Range(p.Title, null, 0, null, Math.Max(rowsRead[i], 1) - 1).ToString()),
            inFormulas ? ValueRender.Formulas : ValueRender.Formatted, cancellationToken);
        var comparison = matchCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var matches = new List<FoundCell>();
        var truncated = false;
        for (var s = 0; s < titles.Count && !truncated; s++)
        {
            var rows = values.ValueRanges?.ElementAtOrDefault(s)?.Values ?? [];
            for (var r = 0; r < rows.Count && !truncated; r++)
                for (var c = 0; c < rows[r].Count && !truncated; c++)
                {
                    var cell = Records.Text(rows[r][c]);
                    if (!(wholeCell ? string.Equals(cell.Trim(), text.Trim(), comparison) : cell.Contains(text, comparison))) continue;
                    if (matches.Count == maxResults) { truncated = true; break; }
                    matches.Add(new FoundCell(A1Range.QuoteSheet(titles[s]) + "!" + A1Range.CellName(c, r), titles[s], cell));
                }
        }
        var notes = new List<string>();
        if (truncated) notes.Add($"More than {maxResults} cells match; raise maxResults or narrow with sheet.");
        if (cut.Count > 0) notes.Add($"Only the first {maxRowsPerSheet} rows of {string.Join(", ", cut)} were searched; raise maxRowsPerSheet to search further.");
        return ToolResults.Structured(new FoundCells(matches, truncated, notes.Count == 0 ? null : string.Join(" ", notes)), SheetsJson.Default.FoundCells);
    }

    private static CallToolResult Result(RangeValues values) => ToolResults.Structured(values, SheetsJson.Default.RangeValues);
}
