using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Hosting;
using McpServers.Sheets.A1;
using McpServers.Sheets.Api;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using static McpServers.Sheets.Tools.ReadTools;

namespace McpServers.Sheets.Tools;

[McpServerToolType]
internal sealed class SheetTools(SheetsContext context)
{
    private const string SheetText = "The sheet's title (tab name)";

    [McpServerTool(Name = "add_sheet", UseStructuredContent = true, OutputSchemaType = typeof(SheetResult))]
    [Description("Adds a sheet (tab).")]
    public async Task<CallToolResult> AddAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description("Title of the new sheet")] string title,
        [Description("Rows (default 1000)")] int rows = 1000,
        [Description("Columns (default 26, A-Z)")] int columns = 26,
        [Description("Position among the tabs, 0 = first (default: last)")] int? index = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        RequireTitle(title, "title");
        if (rows < 1 || columns < 1 || columns > A1Range.MaxColumns || (long)rows * columns > A1Range.MaxRows)
            throw new ToolInputException($"a sheet has 1 to {A1Range.MaxColumns} columns and at most 10,000,000 cells; {rows} × {columns} is not possible");
        var who = context.Resolve(account);
        var reply = await context.UpdateAsync(who, spreadsheetId, SheetRequests.AddSheet(title, rows, columns, index), cancellationToken);
        return Sheet(SheetsContext.ReplyField(reply, "addSheet", "properties"));
    }

    [McpServerTool(Name = "rename_sheet", Idempotent = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Renames a sheet (tab).")]
    public async Task<CallToolResult> RenameAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(SheetText)] string sheet,
        [Description("New title")] string newTitle,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        RequireTitle(newTitle, "newTitle");
        var who = context.Resolve(account);
        var found = await context.SheetAsync(who, spreadsheetId, sheet, cancellationToken);
        await context.UpdateAsync(who, spreadsheetId, SheetRequests.UpdateSheet(found.SheetId ?? 0, new JsonObject { ["title"] = newTitle }, "title"), cancellationToken);
        return SheetResults.Done($"Renamed sheet '{found.Title}' to '{newTitle}'.");
    }

    [McpServerTool(Name = "delete_sheet", Destructive = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Deletes a sheet (tab) and everything on it.")]
    public async Task<CallToolResult> DeleteAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(SheetText)] string sheet,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = context.Resolve(account);
        var found = await context.SheetAsync(who, spreadsheetId, sheet, cancellationToken);
        await context.UpdateAsync(who, spreadsheetId, SheetRequests.DeleteSheet(found.SheetId ?? 0), cancellationToken);
        return SheetResults.Done($"Deleted sheet '{found.Title}'.");
    }

    [McpServerTool(Name = "duplicate_sheet", UseStructuredContent = true, OutputSchemaType = typeof(SheetResult))]
    [Description("Copies a sheet (tab) with its values and formatting within the spreadsheet.")]
    public async Task<CallToolResult> DuplicateAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(SheetText)] string sheet,
        [Description("Title of the copy (default: 'Copy of <title>')")] string? newTitle = null,
        [Description("Position of the copy, 0 = first (default: after the original)")] int? index = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (newTitle is not null) RequireTitle(newTitle, "newTitle");
        var who = context.Resolve(account);
        var found = await context.SheetAsync(who, spreadsheetId, sheet, cancellationToken);
        var reply = await context.UpdateAsync(who, spreadsheetId, SheetRequests.DuplicateSheet(found.SheetId ?? 0, newTitle, index ?? found.Index + 1), cancellationToken);
        return Sheet(SheetsContext.ReplyField(reply, "duplicateSheet", "properties"));
    }

    [McpServerTool(Name = "insert_rows", UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Inserts empty rows before a row; the rows below move down.")]
    public Task<CallToolResult> InsertRowsAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(SheetText)] string sheet,
        [Description("Row number the new rows go before (1 = top)")] int beforeRow,
        [Description("How many rows")] int count = 1,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default) =>
        DimensionAsync(spreadsheetId, sheet, insert: true, rows: true, RowIndex(beforeRow, "beforeRow"), count, account, cancellationToken);

    [McpServerTool(Name = "delete_rows", Destructive = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Deletes rows; the rows below move up.")]
    public Task<CallToolResult> DeleteRowsAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(SheetText)] string sheet,
        [Description("First row number to delete")] int startRow,
        [Description("How many rows")] int count = 1,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default) =>
        DimensionAsync(spreadsheetId, sheet, insert: false, rows: true, RowIndex(startRow, "startRow"), count, account, cancellationToken);

    [McpServerTool(Name = "insert_columns", UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Inserts empty columns before a column; the columns to the right move right.")]
    public Task<CallToolResult> InsertColumnsAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(SheetText)] string sheet,
        [Description("Column letter the new columns go before (A = leftmost)")] string beforeColumn,
        [Description("How many columns")] int count = 1,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default) =>
        DimensionAsync(spreadsheetId, sheet, insert: true, rows: false, ColumnIndex(beforeColumn, "beforeColumn"), count, account, cancellationToken);

    [McpServerTool(Name = "delete_columns", Destructive = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Deletes columns; the columns to the right move left.")]
    public Task<CallToolResult> DeleteColumnsAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(SheetText)] string sheet,
        [Description("First column letter to delete")] string startColumn,
        [Description("How many columns")] int count = 1,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default) =>
        DimensionAsync(spreadsheetId, sheet, insert: false, rows: false, ColumnIndex(startColumn, "startColumn"), count, account, cancellationToken);

    private async Task<CallToolResult> DimensionAsync(string spreadsheetId, string sheet, bool insert, bool rows, int start, int count, string? account, CancellationToken ct)
    {
        if (count < 1) throw new ToolInputException($"count must be 1 or more, not {count}");
        var who = context.Resolve(account);
        var found = await context.SheetAsync(who, spreadsheetId, sheet, ct);
        var size = rows ? found.GridProperties?.RowCount ?? 0 : found.GridProperties?.ColumnCount ?? 0;
        var unit = rows ? "row" : "column";
        var where = rows ? $"row {start + 1}" : $"column {A1Range.ColumnName(start)}";
        var last = rows ? $"{start + count}" : A1Range.ColumnName(start + count - 1);
        if (!insert && start + count > size)
            throw new ToolInputException($"sheet '{found.Title}' has {size} {unit}s; deleting {count} from {where} goes past its end");
        if (insert && start > size)
            throw new ToolInputException($"sheet '{found.Title}' has {size} {unit}s; {where} is past its end");
        if (!insert && count == size)
            throw new ToolInputException($"deleting every {unit} of sheet '{found.Title}' is not possible (a sheet keeps at least one); delete_sheet removes the sheet");
        var frozen = rows ? found.GridProperties?.FrozenRowCount ?? 0 : found.GridProperties?.FrozenColumnCount ?? 0;
        await context.UpdateAsync(who, spreadsheetId, SheetRequests.Dimension(insert, found.SheetId ?? 0, rows, start, count, inherit: start > frozen), ct);
        return SheetResults.Done(insert ? $"Inserted {count} {unit}(s) before {where} of sheet '{found.Title}'."
            : $"Deleted {unit}s {(rows ? start + 1 : A1Range.ColumnName(start))}–{last} of sheet '{found.Title}'.");
    }

    private static int RowIndex(int row, string argument) =>
        row is >= 1 and <= A1Range.MaxRows ? row - 1 : throw new ToolInputException($"{argument} is a row number (1 or more), not {row}");

    private static int ColumnIndex(string letters, string argument) =>
        A1Range.ColumnIndex(letters.Trim()) ?? throw new ToolInputException($"{argument} is a column letter (A to ZZZ), not '{letters}'");

    private static void RequireTitle(string title, string argument)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new ToolInputException($"{argument} is empty");
    }

    private static CallToolResult Sheet(JsonElement properties) =>
        ToolResults.Structured(SheetResults.From(properties.Deserialize(SheetsJson.Default.SheetProperties)!), SheetsJson.Default.SheetResult);

}

/// <summary>Results the structural tools share: a sheet's properties as they show them, and a plain "done".</summary>
internal static class SheetResults
{
    public static SheetResult From(SheetProperties p) =>
        new(p.SheetId ?? 0, p.Title, p.Index ?? 0, p.GridProperties?.RowCount ?? 0, p.GridProperties?.ColumnCount ?? 0);

    public static CallToolResult Done(string message) => ToolResults.Structured(new Done(message), SheetsJson.Default.Done);
}
