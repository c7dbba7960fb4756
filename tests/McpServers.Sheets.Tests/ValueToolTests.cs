using System.Text.Json.Nodes;
using static McpServers.Sheets.Tests.SheetsHarness;

namespace McpServers.Sheets.Tests;

public sealed class ValueToolTests
{
    [Fact]
    public async Task WriteRange_TypesValuesAsAUser_AndFormulasReadBackAsFormulasAndAsValues()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Budget", "Sheet1");

        var written = await sheets.OkAsync("write_range", new
        {
            spreadsheetId = id, range = "Sheet1!A1",
            values = new object[][] { ["Item", "Amount"], ["Train", 42], ["Hotel", "310"], ["Total", "=SUM(B2:B3)"] },
        });
        var formulas = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "Sheet1!B4", render = "formulas" });
        var values = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "Sheet1!B4", render = "unformatted" });

        Assert.Equal("Sheet1!A1:B4", (string?)written["updatedRange"]);
        Assert.Equal(8, (int)written["updatedCells"]!);
        Assert.Equal("=SUM(B2:B3)", (string?)formulas["rows"]![0]![0]);
        Assert.Equal(352, (double)values["rows"]![0]![0]!);
        var request = sheets.Google.Requests.Single(r => r.Method == "PUT");
        Assert.Equal("USER_ENTERED", request.QueryValue("valueInputOption"));
    }

    [Fact]
    public async Task WriteRange_Raw_StoresFormulasAsText_AndSaysSo()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Raw", "Sheet1");

        var written = await sheets.OkAsync("write_range", new { spreadsheetId = id, range = "A1:B1", values = new object[][] { ["=1+2", "0042"] }, input = "raw" });

        Assert.Contains("1 value(s) starting with '=' were stored as text", (string?)written["note"]);
        Assert.Equal("=1+2", sheets.Google.Sheets.Cell(id, "Sheet1", 0, 0)!.Formatted);
        Assert.Null(sheets.Google.Sheets.Cell(id, "Sheet1", 0, 0)!.Formula);
        Assert.Equal("0042", sheets.Google.Sheets.Cell(id, "Sheet1", 0, 1)!.Formatted);
    }

    [Fact]
    public async Task WriteRange_RefusesARangeLargerOrSmallerThanItsValues_BeforeAnyCall()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Guarded", "Sheet1", ["keep", "keep"]);

        var larger = await sheets.ErrorAsync("write_range", new { spreadsheetId = id, range = "Sheet1!A1:Z100", values = new object[][] { ["a", "b"] } });
        var tooMany = await sheets.ErrorAsync("write_range", new { spreadsheetId = id, range = "Sheet1!A1:B1", values = new object[][] { ["a", "b"], ["c", "d"] } });
        var allowed = await sheets.OkAsync("write_range", new { spreadsheetId = id, range = "Sheet1!A1:C1", values = new object[][] { ["x"] }, allowLargerRange = true });

        Assert.Contains("Give range Sheet1!A1:B1", larger);
        Assert.Contains("holds only 1 × 2", tooMany);
        Assert.Equal("Sheet1!A1", (string?)allowed["updatedRange"]); // what was actually written
        Assert.Equal(["x", "keep"], sheets.Google.Sheets.Formatted(id, "Sheet1")[0]);
        Assert.Single(sheets.Google.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task BadA1_AndUnknownSheets_AreClearErrors()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Errors", "Data", ["a"]);

        var bad = await sheets.ErrorAsync("read_range", new { spreadsheetId = id, range = "Data!A1:B2:C3" });
        var unquoted = await sheets.ErrorAsync("read_range", new { spreadsheetId = id, range = "'Data!A1" });
        var unknown = await sheets.ErrorAsync("read_range", new { spreadsheetId = id, range = "Dta!A1:B2" });
        var noSpreadsheet = await sheets.ErrorAsync("read_range", new { spreadsheetId = "nope", range = "A1" });

        Assert.Contains("range 'Data!A1:B2:C3' is not A1 notation: a range has at most one ':'", bad);
        Assert.Contains("no closing quote", unquoted);
        Assert.Contains("has no sheet 'Dta'", unknown);
        Assert.Contains("its sheets: 'Data'", unknown);
        Assert.Contains("spreadsheet 'nope' was not found", noSpreadsheet);
    }

    [Fact]
    public async Task WronglyTypedAndMissingArguments_NameTheField()
    {
        await using var sheets = await StartAsync();

        var wrongType = await sheets.ErrorAsync("read_range", new { spreadsheetId = "s", range = "A1", maxRows = "ten" });
        var missing = await sheets.ErrorAsync("write_range", new { spreadsheetId = "s", values = new object[][] { [1] } });
        var wrongItem = await sheets.ErrorAsync("sort_range", new { spreadsheetId = "s", range = "A1:B2", sortBy = new object[] { new { column = 2 } } });

        Assert.Contains("maxRows: expected integer, got string \"ten\"", wrongType);
        Assert.Contains("range: expected string, got nothing (it is required)", missing);
        Assert.Contains("sortBy[0].column: expected string, got number 2", wrongItem);
        Assert.Empty(sheets.Google.Requests);
    }

    [Fact]
    public async Task ASheetNameWithAQuote_IsReadAndWritten()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Quotes", "Bob's data", ["Name"], ["Ada"]);

        var read = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "'Bob''s data'!A:A" });
        var written = await sheets.OkAsync("write_range", new { spreadsheetId = id, range = "'Bob''s data'!B1", values = new object[][] { ["Age"] } });
        var found = await sheets.OkAsync("find_in_spreadsheet", new { spreadsheetId = id, text = "ada" });

        Assert.Equal(["Name", "Ada"], read["rows"]!.AsArray().Select(r => (string?)r![0]));
        Assert.Equal("'Bob''s data'!B1", (string?)written["updatedRange"]);
        Assert.Equal("'Bob''s data'!A2", (string?)found["matches"]![0]!["cell"]);
    }

    [Fact]
    public async Task ReadRange_Records_AreKeyedByTheHeader_WithMissingCellsEmpty()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "People", "Sheet1", ["Name", "Email", "Age"], ["Ada", "ada@example.com", 36], ["Grace"], ["Alan", "", 41]);

        var read = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "Sheet1!A:C", records = true, render = "unformatted" });

        Assert.Equal(["Name", "Email", "Age"], read["headers"]!.AsArray().Select(h => (string?)h));
        Assert.Equal(2, (int)read["firstRow"]!);
        var records = read["records"]!.AsArray();
        Assert.Equal(3, records.Count);
        Assert.Equal(36, (int)records[0]!["Age"]!);
        Assert.Equal("", (string?)records[1]!["Email"]);
        Assert.Equal("", (string?)records[1]!["Age"]);
        Assert.Equal(41, (int)records[2]!["Age"]!);
    }

    [Fact]
    public async Task ReadRange_PagesBigRanges_AndNamesTheRest()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Big", "Log", [.. Enumerable.Range(1, 25).Select(i => new object?[] { i, $"row {i}" })]);

        var first = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "Log!A:B", maxRows = 10 });
        var last = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "Log!A21:B", maxRows = 10 });

        Assert.Equal(10, (int)first["rowCount"]!);
        Assert.Equal("Log!A11:B", (string?)first["nextRange"]);
        Assert.Contains("Read them with range 'Log!A11:B'", (string?)first["note"]);
        Assert.Equal(5, (int)last["rowCount"]!);
        Assert.Null(last["nextRange"]);
        // Only the page (and one row to know more follow) was asked for.
        Assert.Equal("Log!A1:B11", Uri.UnescapeDataString(sheets.Google.Requests.First(r => r.Path.Contains("/values/")).Path.Split("/values/")[1]));
    }

    [Fact]
    public async Task ReadRange_OnASheetShorterThanAPage_AndAWholeSheetPagesWithItsColumns()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Short", "Sheet1");
        await sheets.OkAsync("add_sheet", new { spreadsheetId = id, title = "Tiny", rows = 30, columns = 3 });
        sheets.Google.Sheets.Enter(id, "Tiny!A1", [.. Enumerable.Range(1, 25).Select(i => new object?[] { i, i * 2 })]);

        // A1:B501 runs past the 30 rows, which Sheets refuses: read again open-ended.
        var all = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "Tiny!A:B" });
        var paged = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "Tiny", maxRows = 10 });
        var next = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = (string)paged["nextRange"]!, maxRows = 10 });

        Assert.Equal(25, (int)all["rowCount"]!);
        Assert.Null(all["nextRange"]);
        Assert.Equal(["Tiny!A1:B501", "Tiny!A1:B"], sheets.Google.Requests.Where(r => r.Path.Contains("/values/Tiny", StringComparison.Ordinal) && r.Path.Contains("B", StringComparison.Ordinal))
            .Select(r => Uri.UnescapeDataString(r.Path.Split("/values/")[1])).Take(2));
        Assert.Equal("Tiny!A1:C10", (string?)paged["range"]);
        Assert.Equal("Tiny!A11:C", (string?)paged["nextRange"]);
        Assert.Equal("11", (string?)next["rows"]![0]![0]);
        Assert.Equal("Tiny!A21:C", (string?)next["nextRange"]);
    }

    [Fact]
    public async Task AppendRows_LandsAfterTheTablesLastRow_PastAGapRow()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Orders", "Orders", ["Id", "Item"], [1, "Pen"], [2, "Ink"], [null, null], [4, "Pad"]);

        var appended = await sheets.OkAsync("append_rows", new { spreadsheetId = id, range = "Orders!A:B", rows = new object[][] { [5, "Cap"] } });

        Assert.Equal("Orders!A6:B6", (string?)appended["updatedRange"]);
        Assert.Equal(2, (int)appended["updatedCells"]!);
        Assert.Equal(["5", "Cap"], sheets.Google.Sheets.Formatted(id, "Orders")[5]);
        Assert.Equal(["4", "Pad"], sheets.Google.Sheets.Formatted(id, "Orders")[4]);
        var request = sheets.Google.Requests.Single(r => r.Path.EndsWith(":append", StringComparison.Ordinal));
        Assert.Equal("USER_ENTERED", request.QueryValue("valueInputOption"));
        Assert.Equal("INSERT_ROWS", request.QueryValue("insertDataOption"));
    }

    [Fact]
    public async Task AppendRows_Records_AreMatchedToTheHeader_AndUnknownKeysRefused()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Contacts", "Sheet1", ["Name", "Email", "Phone"], ["Ada", "ada@example.com", "555"]);

        var appended = await sheets.OkAsync("append_rows", new
        {
            spreadsheetId = id, range = "Sheet1!A:C",
            records = new object[] { new Dictionary<string, object> { ["email"] = "grace@example.com", ["Name"] = "Grace" }, new Dictionary<string, object> { ["Phone"] = "556", ["Name"] = "Alan" } },
        });
        var refused = await sheets.ErrorAsync("append_rows", new { spreadsheetId = id, range = "Sheet1!A:C", records = new[] { new { Name = "Joan", Fax = "1" } } });

        Assert.Equal(2, (int)appended["updatedRows"]!);
        var grid = sheets.Google.Sheets.Formatted(id, "Sheet1");
        Assert.Equal(["Grace", "grace@example.com"], grid[2]);
        Assert.Equal(["Alan", "", "556"], grid[3]);
        Assert.Contains("'Fax' is not a column of the table; its columns are 'Name', 'Email', 'Phone' (nothing was written", refused);
        Assert.Equal(4, sheets.Google.Sheets.Formatted(id, "Sheet1").Count);
    }

    [Fact]
    public async Task AppendRows_Records_UnderATitleRow_TakeTheHeaderRowGiven()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Report", "Sheet1", ["Quarterly report"], ["Name", "Email"], ["Ada", "ada@example.com"]);

        var withoutHeaderRow = await sheets.ErrorAsync("append_rows", new { spreadsheetId = id, range = "Sheet1!A:B", records = new[] { new { Email = "x@example.com" } } });
        var appended = await sheets.OkAsync("append_rows", new { spreadsheetId = id, range = "Sheet1!A:B", headerRow = 2, records = new[] { new { Email = "grace@example.com", Name = "Grace" } } });

        Assert.Contains("'Email' is not a column of the table; its columns are 'Quarterly report' (nothing was written; if the header row is lower, give headerRow)", withoutHeaderRow);
        Assert.Equal("Sheet1!A4:B4", (string?)appended["updatedRange"]);
        Assert.Equal(["Grace", "grace@example.com"], sheets.Google.Sheets.Formatted(id, "Sheet1")[3]);
    }

    [Fact]
    public async Task ConcurrentAppends_BothLand()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Log", "Sheet1", ["When", "What"]);

        var appends = await Task.WhenAll(Enumerable.Range(1, 2).Select(i =>
            sheets.OkAsync("append_rows", new { spreadsheetId = id, range = "Sheet1!A:B", rows = new object[][] { [$"t{i}", $"event {i}"] } })));

        var grid = sheets.Google.Sheets.Formatted(id, "Sheet1");
        Assert.Equal(3, grid.Count);
        Assert.Equal(["event 1", "event 2"], grid.Skip(1).Select(r => r[1]).Order());
        Assert.NotEqual((string?)appends[0]["updatedRange"], (string?)appends[1]["updatedRange"]);
    }

    [Fact]
    public async Task ClearRange_BatchUpdateRanges_AndReadRanges()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Batch", "Sheet1", ["a", "b"], ["c", "d"]);

        var batch = await sheets.OkAsync("batch_update_ranges", new
        {
            spreadsheetId = id,
            updates = new object[] { new { range = "Sheet1!D1", values = new object[][] { [1], [2] } }, new { range = "Sheet1!E1:E1", values = new object[][] { ["=D1+D2"] } } },
        });
        var cleared = await sheets.OkAsync("clear_range", new { spreadsheetId = id, range = "Sheet1!A1:B1" });
        var read = await sheets.OkAsync("read_ranges", new { spreadsheetId = id, ranges = new[] { "Sheet1!A1:B2", "Sheet1!E1" } });

        Assert.Equal(3, (int)batch["totalUpdatedCells"]!);
        Assert.Equal(["Sheet1!D1:D2", "Sheet1!E1"], batch["ranges"]!.AsArray().Select(r => (string?)r!["updatedRange"]));
        Assert.Equal("Sheet1!A1:B1", (string?)cleared["clearedRange"]);
        var ranges = read["ranges"]!.AsArray();
        Assert.Equal(["c", "d"], ranges[0]!["rows"]!.AsArray().Last()!.AsArray().Select(v => (string?)v));
        Assert.Equal("3", (string?)ranges[1]!["rows"]![0]![0]);
        Assert.Single(sheets.Google.Requests, r => r.Path.EndsWith("values:batchGet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindInSpreadsheet_SearchesEverySheet_OrOne()
    {
        await using var sheets = await StartAsync();
        var id = sheets.Google.Sheets.AddSpreadsheet(Work, "Find", "One", "Two Words");
        sheets.Google.Sheets.Enter(id, "One!A1", ["apple pie", "Pear"]);
        sheets.Google.Sheets.Enter(id, "'Two Words'!B2", ["Apple"]);

        var everywhere = await sheets.OkAsync("find_in_spreadsheet", new { spreadsheetId = id, text = "apple" });
        var exact = await sheets.OkAsync("find_in_spreadsheet", new { spreadsheetId = id, text = "Apple", matchCase = true, wholeCell = true });
        var one = await sheets.OkAsync("find_in_spreadsheet", new { spreadsheetId = id, text = "pear", sheet = "One" });
        var unknown = await sheets.ErrorAsync("find_in_spreadsheet", new { spreadsheetId = id, text = "x", sheet = "Three" });

        Assert.Equal(["One!A1", "'Two Words'!B2"], everywhere["matches"]!.AsArray().Select(m => (string?)m!["cell"]));
        Assert.Equal("'Two Words'!B2", (string?)exact["matches"]!.AsArray().Single()!["cell"]);
        Assert.Equal("Pear", (string?)one["matches"]!.AsArray().Single()!["value"]);
        Assert.Contains("has no sheet 'Three'", unknown);
    }

    [Fact]
    public async Task FindInSpreadsheet_ReadsOnlyTheTopRowsOfABigSheet_AndSaysSo()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Long", "Log", [.. Enumerable.Range(1, 30).Select(i => new object?[] { i == 25 ? "needle" : $"row {i}" })]);

        var top = await sheets.OkAsync("find_in_spreadsheet", new { spreadsheetId = id, text = "needle", maxRowsPerSheet = 20 });
        var all = await sheets.OkAsync("find_in_spreadsheet", new { spreadsheetId = id, text = "needle" });

        Assert.Empty(top["matches"]!.AsArray());
        Assert.Contains("Only the first 20 rows of 'Log' were searched", (string?)top["note"]);
        Assert.Equal("Log!A25", (string?)all["matches"]![0]!["cell"]);
        Assert.Null(all["note"]);
        Assert.Contains(sheets.Google.Requests, r => r.Path.EndsWith("values:batchGet", StringComparison.Ordinal) && r.QueryValue("ranges") == "Log!1:20");
    }

    [Fact]
    public async Task QuotaAnswers_AreRetried()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Busy", "Sheet1", ["a"]);
        sheets.Google.FailNext("/values/", 429, TimeSpan.FromSeconds(1), "RATE_LIMIT_EXCEEDED");

        var read = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "Sheet1!A1" });

        Assert.Equal("a", (string?)read["rows"]![0]![0]);
        Assert.Equal(2, sheets.Google.Requests.Count(r => r.Path.Contains("/values/", StringComparison.Ordinal)));
    }
}
