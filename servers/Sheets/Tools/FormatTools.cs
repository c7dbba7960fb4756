using System.ComponentModel;
using System.Text.Json.Nodes;
using McpServers.Hosting;
using McpServers.Sheets.A1;
using McpServers.Sheets.Api;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using static McpServers.Sheets.Tools.ReadTools;

namespace McpServers.Sheets.Tools;

[McpServerToolType]
internal sealed class FormatTools(SheetsContext context)
{
    [McpServerTool(Name = "format_range", Idempotent = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Formats a range in one request: bold/italic, font size, colours, number format, alignment, wrapping, borders, column widths. "
        + "Only what is given changes.")]
    public async Task<CallToolResult> FormatAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(RangeText)] string range,
        [Description("Bold")] bool? bold = null,
        [Description("Italic")] bool? italic = null,
        [Description("Underline")] bool? underline = null,
        [Description("Strikethrough")] bool? strikethrough = null,
        [Description("Font size in points")] int? fontSize = null,
        [Description("Text colour: #RRGGBB or a name (red, blue, gray...)")] string? textColor = null,
        [Description("Fill colour: #RRGGBB or a name")] string? backgroundColor = null,
        [Description("Number format pattern, e.g. #,##0.00, 0%, yyyy-mm-dd, $#,##0 (with numberFormatType)")] string? numberFormat = null,
        [Description("Kind of number format: number, currency, percent, date, time, date_time, scientific, text (default: number)")] string? numberFormatType = null,
        [Description("Horizontal alignment: left, center, right")] string? horizontalAlignment = null,
        [Description("Vertical alignment: top, middle, bottom")] string? verticalAlignment = null,
        [Description("Text wrapping: overflow_cell, clip, wrap")] string? wrap = null,
        [Description("Borders to draw: all, outer, inner, none (removes them)")] string? borders = null,
        [Description("Border style: solid, solid_medium, solid_thick, dashed, dotted, double (default solid)")] string? borderStyle = null,
        [Description("Border colour (default black)")] string? borderColor = null,
        [Description("Width of the range's columns in pixels")] int? columnWidth = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var parsed = A1Range.Parse(range);
        var format = new CellFormat();
        if (bold is { } b) format.Text("bold", b);
        if (italic is { } i) format.Text("italic", i);
        if (underline is { } u) format.Text("underline", u);
        if (strikethrough is { } s) format.Text("strikethrough", s);
        if (fontSize is { } size)
            format.Text("fontSize", size is >= 1 and <= 400 ? size : throw new ToolInputException($"fontSize must be 1 to 400 points, not {size}"));
        // The *ColorStyle fields: the plain colour fields are deprecated, and a style set earlier (a theme colour) would win over them.
        if (textColor is not null) format.Text("foregroundColorStyle", CellFormat.Style(textColor, "textColor"));
        if (backgroundColor is not null) format.Set("backgroundColorStyle", CellFormat.Style(backgroundColor, "backgroundColor"));
        if (numberFormat is not null || numberFormatType is not null)
            format.Set("numberFormat", new JsonObject
            {
                ["type"] = CellFormat.Choice(numberFormatType ?? "number", "numberFormatType", "NUMBER", "CURRENCY", "PERCENT", "DATE", "TIME", "DATE_TIME", "SCIENTIFIC", "TEXT"),
                ["pattern"] = numberFormat ?? "",
            });
        if (horizontalAlignment is not null) format.Set("horizontalAlignment", CellFormat.Choice(horizontalAlignment, "horizontalAlignment", "LEFT", "CENTER", "RIGHT"));
        if (verticalAlignment is not null) format.Set("verticalAlignment", CellFormat.Choice(verticalAlignment, "verticalAlignment", "TOP", "MIDDLE", "BOTTOM"));
        if (wrap is not null) format.Set("wrapStrategy", CellFormat.Choice(wrap, "wrap", "OVERFLOW_CELL", "CLIP", "WRAP"));
        if (columnWidth is < 1 or > 10_000) throw new ToolInputException($"columnWidth must be 1 to 10000 pixels, not {columnWidth}");
        var border = borders is null ? null : CellFormat.Choice(borders, "borders", "ALL", "OUTER", "INNER", "NONE");
        if (border is null && (borderStyle is not null || borderColor is not null))
            throw new ToolInputException("borderStyle and borderColor need borders (all, outer, inner or none)");
        if (format.Fields.Count == 0 && border is null && columnWidth is null)
            throw new ToolInputException("nothing to format: give at least one of bold, italic, fontSize, textColor, backgroundColor, numberFormat, alignment, wrap, borders, columnWidth");

        var who = context.Resolve(account);
        var (grid, sheet) = await context.GridAsync(who, spreadsheetId, parsed, cancellationToken);
        var requests = new JsonArray();
        if (format.Fields.Count > 0)
            requests.Add((JsonNode)SheetRequests.RepeatFormat(grid, format.Format, format.Fields));
        if (border is not null)
            requests.Add((JsonNode)Borders(grid, border, borderStyle, borderColor));
        if (columnWidth is { } width)
            requests.Add((JsonNode)SheetRequests.DimensionSize(grid.SheetId ?? 0, rows: false, grid.StartColumnIndex ?? 0,
                grid.EndColumnIndex ?? sheet.GridProperties?.ColumnCount ?? 26, width));
        await context.Sheets.BatchUpdateAsync(who, spreadsheetId, requests, cancellationToken);
        return SheetResults.Done($"Formatted {parsed with { Sheet = sheet.Title }}.");
    }

    [McpServerTool(Name = "sort_range", UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Sorts the rows of a range by one or more columns (numbers before text, empty cells last).")]
    public async Task<CallToolResult> SortAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(RangeText)] string range,
        [Description("Columns to sort by, first key first: [{\"column\": \"B\", \"descending\": true}]")] IReadOnlyList<SortKey> sortBy,
        [Description("The range's first row is a header and stays on top")] bool hasHeaderRow = false,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var parsed = A1Range.Parse(range);
        if (sortBy.Count == 0) throw new ToolInputException("sortBy is empty: give at least one column, e.g. [{\"column\": \"A\"}]");
        var keys = sortBy.Select((k, i) =>
        {
            var column = A1Range.ColumnIndex(k.Column.Trim()) ?? throw new ToolInputException($"sortBy[{i}].column is a column letter, not '{k.Column}'");
            if (column < parsed.FirstColumn || parsed.EndColumn is { } end && column > end)
                throw new ToolInputException($"sortBy[{i}].column {k.Column} is outside range {parsed}");
            return new JsonObject { ["dimensionIndex"] = column, ["sortOrder"] = k.Descending ? "DESCENDING" : "ASCENDING" };
        }).ToList();
        var rows = hasHeaderRow ? parsed.WithRows(parsed.FirstRow + 1, parsed.EndRow) : parsed;
        if (rows.EndRow < rows.FirstRow) throw new ToolInputException($"range {parsed} has no rows below its header to sort");
        var who = context.Resolve(account);
        var (grid, _) = await context.GridAsync(who, spreadsheetId, rows, cancellationToken);
        await context.UpdateAsync(who, spreadsheetId, new JsonObject
        {
            ["sortRange"] = new JsonObject { ["range"] = SheetRequests.Grid(grid), ["sortSpecs"] = new JsonArray([.. keys]) },
        }, cancellationToken);
        return SheetResults.Done($"Sorted {rows} by {string.Join(", ", sortBy.Select(k => k.Column.ToUpperInvariant() + (k.Descending ? " descending" : "")))}.");
    }

    [McpServerTool(Name = "add_chart", UseStructuredContent = true, OutputSchemaType = typeof(ChartResult))]
    [Description("Adds a chart from a range whose first row holds the series names and first column the categories (x axis).")]
    public async Task<CallToolResult> ChartAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description("The data, headers included, e.g. Sales!A1:C13; " + RangeText)] string range,
        [Description("Chart type: column, bar, line, area, scatter, pie")] string type = "column",
        [Description("Chart title")] string? title = null,
        [Description("Top-left cell of the chart on the data's sheet (default: two columns right of the data)")] string? anchorCell = null,
        [Description("X axis title")] string? xAxisTitle = null,
        [Description("Y axis title")] string? yAxisTitle = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var parsed = A1Range.Parse(range);
        var kind = CellFormat.Choice(type, "type", "COLUMN", "BAR", "LINE", "AREA", "SCATTER", "PIE");
        if (parsed.StartColumn is null || parsed.EndColumn is null || parsed.Width < 2)
            throw new ToolInputException($"range {parsed} needs at least two columns: categories first, then one column per series");
        var anchor = anchorCell is null ? null : A1Range.Parse(anchorCell, "anchorCell");
        if (anchor is not null && (anchor.Height != 1 || anchor.Width != 1))
            throw new ToolInputException($"anchorCell '{anchorCell}' must be one cell, like H2");
        var who = context.Resolve(account);
        var (grid, sheet) = await context.GridAsync(who, spreadsheetId, parsed, cancellationToken);
        if (anchor?.Sheet is { } anchorSheet && anchorSheet != sheet.Title)
            throw new ToolInputException($"anchorCell '{anchorCell}' must be on the data's sheet, '{sheet.Title}'");
        // Beside the data, but inside the grid (an anchor past the last column is refused).
        var column = anchor?.FirstColumn ?? Math.Min(parsed.EndColumn.Value + 2, Math.Max(0, (sheet.GridProperties?.ColumnCount ?? 26) - 1));
        var row = anchor?.FirstRow ?? parsed.FirstRow;
        var spec = new JsonObject();
        if (title is not null) spec["title"] = title;
        if (kind == "PIE")
            // A pie chart has no headerCount: its sources start below the header row.
            spec["pieChart"] = new JsonObject
            {
                ["legendPosition"] = "RIGHT_LEGEND",
                ["domain"] = Source(grid with { StartRowIndex = parsed.FirstRow + 1 }, parsed.FirstColumn),
                ["series"] = Source(grid with { StartRowIndex = parsed.FirstRow + 1 }, parsed.FirstColumn + 1),
            };
        else
            spec["basicChart"] = new JsonObject
            {
                ["chartType"] = kind,
                ["legendPosition"] = "BOTTOM_LEGEND",
                ["headerCount"] = 1,
                ["axis"] = new JsonArray(
                    new JsonObject { ["position"] = kind == "BAR" ? "LEFT_AXIS" : "BOTTOM_AXIS", ["title"] = xAxisTitle ?? "" },
                    new JsonObject { ["position"] = kind == "BAR" ? "BOTTOM_AXIS" : "LEFT_AXIS", ["title"] = yAxisTitle ?? "" }),
                ["domains"] = new JsonArray(new JsonObject { ["domain"] = Source(grid, parsed.FirstColumn) }),
                ["series"] = new JsonArray([.. Enumerable.Range(parsed.FirstColumn + 1, parsed.Width!.Value - 1).Select(c => (JsonNode)new JsonObject
                {
                    ["series"] = Source(grid, c),
                    ["targetAxis"] = kind == "BAR" ? "BOTTOM_AXIS" : "LEFT_AXIS",
                })]),
            };
        var reply = await context.UpdateAsync(who, spreadsheetId, new JsonObject
        {
            ["addChart"] = new JsonObject
            {
                ["chart"] = new JsonObject
                {
                    ["spec"] = spec,
                    ["position"] = new JsonObject
                    {
                        ["overlayPosition"] = new JsonObject
                        {
                            ["anchorCell"] = new JsonObject { ["sheetId"] = grid.SheetId, ["rowIndex"] = row, ["columnIndex"] = column },
                        },
                    },
                },
            },
        }, cancellationToken);
        var chartId = SheetsContext.ReplyField(reply, "addChart", "chart", "chartId").GetInt32();
        return ToolResults.Structured(new ChartResult(chartId, sheet.Title!, A1Range.CellName(column, row), kind.ToLowerInvariant()), SheetsJson.Default.ChartResult);
    }

    private static JsonObject Source(GridRange data, int column) => new()
    {
        ["sourceRange"] = new JsonObject
        {
            ["sources"] = new JsonArray(SheetRequests.Grid(data with { StartColumnIndex = column, EndColumnIndex = column + 1 })),
        },
    };

    private static JsonObject Borders(GridRange grid, string which, string? style, string? color)
    {
        var line = which == "NONE"
            ? new JsonObject { ["style"] = "NONE" }
            : new JsonObject
            {
                ["style"] = CellFormat.Choice(style ?? "solid", "borderStyle", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "DASHED", "DOTTED", "DOUBLE"),
                ["colorStyle"] = CellFormat.Style(color ?? "black", "borderColor"),
            };
        var request = new JsonObject { ["range"] = SheetRequests.Grid(grid) };
        if (which is "ALL" or "OUTER" or "NONE")
            foreach (var side in new[] { "top", "bottom", "left", "right" })
                request[side] = line.DeepClone();
        if (which is "ALL" or "INNER" or "NONE")
        {
            request["innerHorizontal"] = line.DeepClone();
            request["innerVertical"] = line.DeepClone();
        }
        return new JsonObject { ["updateBorders"] = request };
    }

}
