using System.Text.Json.Nodes;
using static McpServers.Sheets.Tests.SheetsHarness;

namespace McpServers.Sheets.Tests;

public sealed class SheetToolTests
{
    [Fact]
    public async Task Sheets_AreAdded_Renamed_Duplicated_AndDeleted_ByTitle()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Tabs", "Sheet1", ["a"]);

        var added = await sheets.OkAsync("add_sheet", new { spreadsheetId = id, title = "Q1 plan", rows = 50, columns = 5 });
        await sheets.OkAsync("rename_sheet", new { spreadsheetId = id, sheet = "Sheet1", newTitle = "Bob's data" });
        var copy = await sheets.OkAsync("duplicate_sheet", new { spreadsheetId = id, sheet = "Bob's data", newTitle = "Backup" });
        var duplicateTitle = await sheets.ErrorAsync("add_sheet", new { spreadsheetId = id, title = "Backup" });
        await sheets.OkAsync("delete_sheet", new { spreadsheetId = id, sheet = "Q1 plan" });
        var unknown = await sheets.ErrorAsync("delete_sheet", new { spreadsheetId = id, sheet = "Q2 plan" });

        Assert.Equal("Q1 plan", (string?)added["title"]);
        Assert.Equal(50, (int)added["rows"]!);
        Assert.Equal(5, (int)added["columns"]!);
        Assert.Equal("Backup", (string?)copy["title"]);
        Assert.Equal(1, (int)copy["index"]!);
        Assert.Contains("already exists", duplicateTitle);
        Assert.Contains("has no sheet 'Q2 plan'", unknown);
        Assert.Contains("'Bob's data', 'Backup'", unknown);
        Assert.Equal(["Bob's data", "Backup"], sheets.Google.Sheets.Sheets(id).OrderBy(s => s.Index).Select(s => s.Title));
        Assert.Equal("a", sheets.Google.Sheets.Cell(id, "Backup", 0, 0)!.Formatted);
    }

    [Fact]
    public async Task RowsAndColumns_AreInsertedAndDeleted()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Grid", "Sheet1", ["a1", "b1", "c1"], ["a2", "b2", "c2"], ["a3", "b3", "c3"]);

        await sheets.OkAsync("insert_rows", new { spreadsheetId = id, sheet = "Sheet1", beforeRow = 2, count = 2 });
        await sheets.OkAsync("delete_rows", new { spreadsheetId = id, sheet = "Sheet1", startRow = 5 });
        await sheets.OkAsync("insert_columns", new { spreadsheetId = id, sheet = "Sheet1", beforeColumn = "B" });
        await sheets.OkAsync("delete_columns", new { spreadsheetId = id, sheet = "Sheet1", startColumn = "d" });
        var pastTheEnd = await sheets.ErrorAsync("delete_rows", new { spreadsheetId = id, sheet = "Sheet1", startRow = 1000, count = 5 });
        var badColumn = await sheets.ErrorAsync("insert_columns", new { spreadsheetId = id, sheet = "Sheet1", beforeColumn = "B2" });

        var grid = sheets.Google.Sheets.Formatted(id, "Sheet1");
        Assert.Equal(["a1", "", "b1"], grid[0]);
        Assert.Empty(grid[1]);
        Assert.Empty(grid[2]);
        Assert.Equal(["a2", "", "b2"], grid[3]);
        Assert.Equal(4, grid.Count);
        Assert.Equal(1001, sheets.Google.Sheets.Sheets(id).Single().RowCount);
        Assert.Contains("goes past its end", pastTheEnd);
        Assert.Contains("beforeColumn is a column letter (A to ZZZ), not 'B2'", badColumn);
    }

    [Fact]
    public async Task FormatRange_SetsOnlyWhatIsGiven_InOneRequest()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Styled", "Sheet1", ["Item", "Amount"], ["Pen", 1.5]);

        await sheets.OkAsync("format_range", new { spreadsheetId = id, range = "Sheet1!A1:B1", bold = true, backgroundColor = "#1a73e8", textColor = "white", borders = "outer", columnWidth = 150 });
        await sheets.OkAsync("format_range", new { spreadsheetId = id, range = "Sheet1!B2:B", numberFormat = "$#,##0.00", numberFormatType = "currency", horizontalAlignment = "right" });
        var nothing = await sheets.ErrorAsync("format_range", new { spreadsheetId = id, range = "Sheet1!A1" });
        var badColour = await sheets.ErrorAsync("format_range", new { spreadsheetId = id, range = "Sheet1!A1", textColor = "#12345" });

        var header = sheets.Google.Sheets.Cell(id, "Sheet1", 0, 1)!.Format!;
        Assert.True((bool)header["textFormat"]!["bold"]!);
        Assert.Equal(1.0, (double)header["textFormat"]!["foregroundColorStyle"]!["rgbColor"]!["red"]!);
        Assert.Equal(0.102, (double)header["backgroundColorStyle"]!["rgbColor"]!["red"]!, 3);
        Assert.Equal("CURRENCY", (string?)sheets.Google.Sheets.Cell(id, "Sheet1", 1, 1)!.Format!["numberFormat"]!["type"]);
        Assert.Equal("RIGHT", (string?)sheets.Google.Sheets.Cell(id, "Sheet1", 1, 1)!.Format!["horizontalAlignment"]);
        Assert.Null(sheets.Google.Sheets.Cell(id, "Sheet1", 1, 1)!.Format!["textFormat"]);
        Assert.Equal(150, sheets.Google.Sheets.ColumnWidth(id, "Sheet1", 1));
        Assert.Null(sheets.Google.Sheets.ColumnWidth(id, "Sheet1", 2));
        Assert.Single(sheets.Google.Sheets.Borders(id, "Sheet1"));
        Assert.Contains("nothing to format", nothing);
        Assert.Contains("'#12345' is not a colour", badColour);
        Assert.Equal(2, sheets.Google.Requests.Count(r => r.Path.EndsWith(":batchUpdate", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SortRange_KeepsTheHeaderOnTop()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Sorted", "Sheet1", ["Name", "Score"], ["Ada", 7], ["Grace", 9], ["Alan", 7], ["Joan", 3]);

        await sheets.OkAsync("sort_range", new
        {
            spreadsheetId = id, range = "Sheet1!A1:B5", hasHeaderRow = true,
            sortBy = new object[] { new { column = "B", descending = true }, new { column = "A" } },
        });
        var outside = await sheets.ErrorAsync("sort_range", new { spreadsheetId = id, range = "Sheet1!A1:B5", sortBy = new[] { new { column = "C" } } });

        Assert.Equal(["Name", "Grace", "Ada", "Alan", "Joan"], sheets.Google.Sheets.Formatted(id, "Sheet1").Select(r => r[0]));
        Assert.Contains("sortBy[0].column C is outside range Sheet1!A1:B5", outside);
    }

    [Fact]
    public async Task AddChart_PlotsEachColumnAsASeries_NextToTheData()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Chart", "Sales", ["Month", "North", "South"], ["Jan", 10, 12], ["Feb", 14, 9]);

        var chart = await sheets.OkAsync("add_chart", new { spreadsheetId = id, range = "Sales!A1:C3", type = "line", title = "Sales" });
        var oneColumn = await sheets.ErrorAsync("add_chart", new { spreadsheetId = id, range = "Sales!A1:A3" });

        Assert.Equal("E1", (string?)chart["anchor"]);
        var stored = Assert.Single(sheets.Google.Sheets.Charts(id));
        Assert.Equal((int)chart["chartId"]!, (int)stored["chartId"]!);
        var spec = stored["spec"]!["basicChart"]!;
        Assert.Equal("LINE", (string?)spec["chartType"]);
        Assert.Equal(2, spec["series"]!.AsArray().Count);
        Assert.Equal(2, (int)spec["series"]![1]!["series"]!["sourceRange"]!["sources"]![0]!["startColumnIndex"]!);
        Assert.Contains("needs at least two columns", oneColumn);
    }

    [Fact]
    public async Task AddChart_Pie_LeavesTheHeaderRowOutOfItsData()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Pie", "Sheet1", ["Fruit", "Count"], ["Apples", 3], ["Pears", 5]);

        var chart = await sheets.OkAsync("add_chart", new { spreadsheetId = id, range = "A1:B3", type = "pie", anchorCell = "Sheet1!F2" });

        Assert.Equal("F2", (string?)chart["anchor"]);
        var pie = Assert.Single(sheets.Google.Sheets.Charts(id))["spec"]!["pieChart"]!;
        Assert.Equal(1, (int)pie["domain"]!["sourceRange"]!["sources"]![0]!["startRowIndex"]!);
        Assert.Equal(1, (int)pie["series"]!["sourceRange"]!["sources"]![0]!["startColumnIndex"]!);
    }
}
