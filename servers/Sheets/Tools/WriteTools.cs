using System.ComponentModel;
using System.Text.Json;
using McpServers.Hosting;
using McpServers.Sheets.A1;
using McpServers.Sheets.Api;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using static McpServers.Sheets.Tools.ReadTools;

namespace McpServers.Sheets.Tools;

[McpServerToolType]
internal sealed class WriteTools(SheetsContext context)
{
    private const string InputText = "How Sheets reads the values: " + ValueInput.Choices;
    private const string ValuesText = "Rows of cells: text, numbers, true/false; null leaves a cell as it is, \"\" empties it";

    [McpServerTool(Name = "write_range", Destructive = true, Idempotent = true, UseStructuredContent = true, OutputSchemaType = typeof(WriteResult))]
    [Description("Writes values (or formulas) into a range. A single cell is where the values start; a larger range must match their size, "
        + "so nothing is left half-written. Answers the range actually updated and the count of cells.")]
    public async Task<CallToolResult> WriteAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description("Where to write: its first cell (Sheet1!B2) or exactly the range the values fill; " + RangeText)] string range,
        [Description(ValuesText)] IReadOnlyList<IReadOnlyList<JsonElement>> values,
        [Description(InputText)] string input = "user_entered",
        [Description("Write although the range is larger than the values (its other cells keep their contents)")] bool allowLargerRange = false,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = context.Resolve(account);
        var parsed = A1Range.Parse(range);
        var mode = ValueInput.Parse(input);
        var (rows, columns) = CellValues.Check(values, "values");
        var target = CellValues.Fit(parsed, rows, columns, allowLargerRange, "values");
        var answer = await context.ValuesAsync(who, spreadsheetId, [parsed],
            () => context.Sheets.UpdateValuesAsync(who, spreadsheetId, target.ToString(), values, mode, cancellationToken), cancellationToken);
        return ToolResults.Structured(Written(answer, CellValues.RawFormulaNote(values, mode)), SheetsJson.Default.WriteResult);
    }

    [McpServerTool(Name = "append_rows", UseStructuredContent = true, OutputSchemaType = typeof(AppendResult))]
    [Description("Adds rows after a table's last row (Sheets finds the table in the range; gaps inside it do not stop it). Give rows as lists, "
        + "or records as objects keyed by the table's header row. New rows are inserted, so nothing below the table is overwritten.")]
    public async Task<CallToolResult> AppendAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description("The table: its columns or its header row, e.g. Sheet1!A:D or 'Orders'!A1:D1; " + RangeText)] string range,
        [Description(ValuesText + "; give rows or records")] IReadOnlyList<IReadOnlyList<JsonElement>>? rows = null,
        [Description("Objects keyed by the header row (the range's first row); missing keys leave the cell empty, unknown keys are an error")]
        IReadOnlyList<Dictionary<string, JsonElement>>? records = null,
        [Description(InputText)] string input = "user_entered",
        [Description("With records: the sheet row number holding the headers (default: the range's first row)")] int? headerRow = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if ((rows is null) == (records is null))
            throw new ToolInputException("give either rows (lists of cells) or records (objects keyed by the header row), not both or neither");
        var who = context.Resolve(account);
        var parsed = A1Range.Parse(range);
        var mode = ValueInput.Parse(input);
        IReadOnlyList<IReadOnlyList<JsonElement>> values;
        if (records is not null)
        {
            if (records.Count == 0) throw new ToolInputException("records is empty");
            if (headerRow is < 1) throw new ToolInputException($"headerRow is a sheet row number (1 or more), not {headerRow}");
            var headerIndex = headerRow is { } h ? h - 1 : parsed.FirstRow;
            var headerPage = new RangePage(parsed.WithRows(headerIndex, headerIndex), headerIndex, 1);
            var header = (await context.ReadAsync(who, spreadsheetId, [headerPage], ValueRender.Formatted, cancellationToken))[0];
            var cells = header?.Values?.FirstOrDefault() ?? [];
            if (cells.Count == 0)
                throw new ToolInputException($"row {headerIndex + 1} ({headerPage.Range}) is empty, so records cannot be matched to columns: write a header row first, give headerRow, or give rows");
            values = Records.ToRows(Records.Headers(cells, parsed.FirstColumn, 0), records, "records");
        }
        else
        {
            values = rows!;
        }
        CellValues.Check(values, records is null ? "rows" : "records");
        var answer = await context.ValuesAsync(who, spreadsheetId, [parsed],
            () => context.Sheets.AppendValuesAsync(who, spreadsheetId, parsed.ToString(), values, mode, cancellationToken), cancellationToken);
        var updates = answer.Updates;
        return ToolResults.Structured(new AppendResult(answer.TableRange, updates?.UpdatedRange, updates?.UpdatedRows ?? 0, updates?.UpdatedCells ?? 0,
            Join(Shifted(parsed, updates?.UpdatedRange), CellValues.RawFormulaNote(values, mode))), SheetsJson.Default.AppendResult);
    }

    [McpServerTool(Name = "clear_range", Destructive = true, Idempotent = true, UseStructuredContent = true, OutputSchemaType = typeof(ClearResult))]
    [Description("Empties the values of a range (formatting stays).")]
    public async Task<CallToolResult> ClearAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(RangeText)] string range,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = context.Resolve(account);
        var parsed = A1Range.Parse(range);
        var answer = await context.ValuesAsync(who, spreadsheetId, [parsed],
            () => context.Sheets.ClearValuesAsync(who, spreadsheetId, parsed.ToString(), cancellationToken), cancellationToken);
        return ToolResults.Structured(new ClearResult(answer.ClearedRange), SheetsJson.Default.ClearResult);
    }

    [McpServerTool(Name = "batch_update_ranges", Destructive = true, Idempotent = true, UseStructuredContent = true, OutputSchemaType = typeof(BatchWriteResult))]
    [Description("Writes several ranges in one request, all or none; each range follows write_range's rules.")]
    public async Task<CallToolResult> BatchWriteAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description("Ranges and their values: [{\"range\": \"Sheet1!A1\", \"values\": [[1, 2]]}]")] IReadOnlyList<RangeUpdate> updates,
        [Description(InputText)] string input = "user_entered",
        [Description("Write although a range is larger than its values")] bool allowLargerRange = false,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (updates.Count == 0) throw new ToolInputException("updates is empty");
        var who = context.Resolve(account);
        var mode = ValueInput.Parse(input);
        var parsed = updates.Select((u, i) => A1Range.Parse(u.Range, $"updates[{i}].range")).ToList();
        var data = updates.Select((u, i) =>
        {
            var (rows, columns) = CellValues.Check(u.Values, $"updates[{i}].values");
            return new ValueRange(CellValues.Fit(parsed[i], rows, columns, allowLargerRange, $"updates[{i}].values").ToString(), "ROWS", u.Values);
        }).ToList();
        var answer = await context.ValuesAsync(who, spreadsheetId, parsed,
            () => context.Sheets.BatchUpdateValuesAsync(who, spreadsheetId, data, mode, cancellationToken), cancellationToken);
        var results = (answer.Responses ?? []).Select(r => Written(r, null)).ToList();
        return ToolResults.Structured(new BatchWriteResult(answer.TotalUpdatedCells ?? 0, results, CellValues.RawFormulaNote(updates.SelectMany(u => u.Values), mode)),
            SheetsJson.Default.BatchWriteResult);
    }

    // Sheets appends from the first column of the table it finds, which can differ from the range's first column.
    private static string? Shifted(A1Range asked, string? updated)
    {
        if (asked.StartColumn is not { } column || updated is null) return null;
        var written = A1Range.Parse(updated).FirstColumn;
        return written == column ? null
            : $"Sheets found the table starting at column {A1Range.ColumnName(written)}, so the rows were written from there, not from column {A1Range.ColumnName(column)}.";
    }

    private static string? Join(params string?[] notes) => notes.OfType<string>().ToList() is { Count: > 0 } all ? string.Join(" ", all) : null;

    private static WriteResult Written(UpdateValuesResponse answer, string? note) =>
        new(answer.UpdatedRange, answer.UpdatedRows ?? 0, answer.UpdatedColumns ?? 0, answer.UpdatedCells ?? 0, note);
}
