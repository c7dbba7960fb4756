using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;
using static McpServers.FakeGoogle.Tests.Sheets.SheetsApi;

namespace McpServers.FakeGoogle.Tests.Sheets;

public sealed class BatchUpdateTests
{
    [Fact]
    public async Task AddDeleteAndDuplicateSheets_AnswerInRequestOrder()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Tabs");
        sheets.Server.Sheets.Enter(id, "A1", ["kept", "=A1&\"!\""]);
        var answer = await sheets.BatchAsync(id, 200,
            new JsonObject { ["addSheet"] = new JsonObject { ["properties"] = new JsonObject { ["title"] = "Q1", ["gridProperties"] = new JsonObject { ["rowCount"] = 10, ["columnCount"] = 3 } } } },
            new JsonObject { ["updateSheetProperties"] = new JsonObject { ["properties"] = new JsonObject { ["sheetId"] = 0, ["title"] = "Main", ["gridProperties"] = new JsonObject { ["frozenRowCount"] = 1 } }, ["fields"] = "title,gridProperties.frozenRowCount" } },
            new JsonObject { ["duplicateSheet"] = new JsonObject { ["sourceSheetId"] = 0, ["newSheetName"] = "Main copy", ["insertSheetIndex"] = 0 } },
            new JsonObject { ["addSheet"] = new JsonObject() });
        var replies = answer["replies"]!.AsArray();
        Assert.Equal(4, replies.Count);
        var q1 = replies[0]!["addSheet"]!["properties"]!;
        Assert.Equal("Q1", (string)q1["title"]!);
        Assert.Equal(10, (int)q1["gridProperties"]!["rowCount"]!);
        Assert.Equal("{}", replies[1]!.ToJsonString());
        Assert.Equal("Main copy", (string)replies[2]!["duplicateSheet"]!["properties"]!["title"]!);
        Assert.Equal("Sheet4", (string)replies[3]!["addSheet"]!["properties"]!["title"]!);

        var info = sheets.Server.Sheets.Sheets(id);
        Assert.Equal(["Main copy", "Main", "Q1", "Sheet4"], info.Select(s => s.Title));
        Assert.Equal(1, info[1].FrozenRowCount);
        Assert.Equal(1, info[0].FrozenRowCount);
        Assert.Equal([["kept", "kept!"]], sheets.Server.Sheets.Formatted(id, "Main copy").Select(r => r.ToArray()));

        var copyId = info[0].SheetId;
        await sheets.BatchAsync(id, 200, new JsonObject { ["deleteSheet"] = new JsonObject { ["sheetId"] = copyId } },
            new JsonObject { ["updateSheetProperties"] = new JsonObject { ["properties"] = new JsonObject { ["sheetId"] = info[3].SheetId, ["index"] = 0 }, ["fields"] = "index" } });
        Assert.Equal(["Sheet4", "Main", "Q1"], sheets.Server.Sheets.Sheets(id).Select(s => s.Title));

        var duplicate = await sheets.BatchAsync(id, 400, new JsonObject { ["addSheet"] = new JsonObject { ["properties"] = new JsonObject { ["title"] = "q1" } } });
        Assert.Equal("Invalid requests[0].addSheet: A sheet with the name \"q1\" already exists. Please enter another name.", Message(duplicate));
        var missing = await sheets.BatchAsync(id, 400, new JsonObject { ["deleteSheet"] = new JsonObject { ["sheetId"] = 12345 } });
        Assert.Equal("Invalid requests[0].deleteSheet: No grid with id: 12345", Message(missing));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task RenamingASheet_RewritesFormulasThatNameIt_AndFrozenRowsMustLeaveARow()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Rename", "Data", "Report");
        sheets.Server.Sheets.Enter(id, "Data!A1", ["4"]);
        sheets.Server.Sheets.Enter(id, "Report!A1", ["=Data!A1*2"]);
        var data = sheets.Server.Sheets.Sheets(id)[0].SheetId;
        await sheets.BatchAsync(id, 200, new JsonObject
        {
            ["updateSheetProperties"] = new JsonObject { ["properties"] = new JsonObject { ["sheetId"] = data, ["title"] = "Raw data" }, ["fields"] = "title" },
        });
        var report = sheets.Server.Sheets.Cell(id, "Report", 0, 0)!;
        Assert.Equal("='Raw data'!A1*2", report.Formula);
        Assert.Equal("8", report.Formatted);

        var frozen = await sheets.BatchAsync(id, 400, new JsonObject
        {
            ["updateSheetProperties"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["sheetId"] = data, ["gridProperties"] = new JsonObject { ["rowCount"] = 3, ["frozenRowCount"] = 3 } },
                ["fields"] = "gridProperties(rowCount,frozenRowCount)",
            },
        });
        Assert.Equal("Invalid requests[0].updateSheetProperties: You can't freeze all visible rows on the sheet.", Message(frozen));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task DeletingTheLastSheet_IsRefused_AndNothingOfTheBatchIsApplied()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Atomic");
        var before = (await sheets.GetAsync($"{Spreadsheets}/{id}")).ToJsonString();
        var error = await sheets.BatchAsync(id, 400,
            new JsonObject { ["addSheet"] = new JsonObject { ["properties"] = new JsonObject { ["title"] = "Temp" } } },
            new JsonObject { ["updateSpreadsheetProperties"] = new JsonObject { ["properties"] = new JsonObject { ["title"] = "Renamed" }, ["fields"] = "title" } },
            new JsonObject { ["deleteSheet"] = new JsonObject { ["sheetId"] = 0 } },
            new JsonObject { ["deleteSheet"] = new JsonObject { ["sheetId"] = 0 } });
        Assert.Equal("Invalid requests[3].deleteSheet: No grid with id: 0", Message(error));
        Assert.Equal(before, (await sheets.GetAsync($"{Spreadsheets}/{id}")).ToJsonString());

        var last = await sheets.BatchAsync(id, 400, new JsonObject { ["deleteSheet"] = new JsonObject { ["sheetId"] = 0 } });
        Assert.Equal("Invalid requests[0].deleteSheet: You can't remove all the sheets in a document.", Message(last));

        var unknown = await sheets.BatchAsync(id, 501, new JsonObject { ["mergeCells"] = new JsonObject { ["mergeType"] = "MERGE_ALL" } });
        Assert.Contains("mergeCells", Message(unknown));

        await sheets.BatchAsync(id, 200, new JsonObject { ["updateSpreadsheetProperties"] = new JsonObject { ["properties"] = new JsonObject { ["title"] = "Renamed" }, ["fields"] = "title" } });
        Assert.Equal("Renamed", (string)(await sheets.GetAsync($"drive/v3/files/{id}"))["name"]!);
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task InsertAndDeleteDimension_MoveCellsResizeTheGridAndRewriteFormulas()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Rows", "Sheet1", "Other");
        sheets.Server.Sheets.Enter(id, "A1", ["1"], ["2"], ["3"], ["=SUM(A1:A3)"]);
        sheets.Server.Sheets.Enter(id, "Other!A1", ["=Sheet1!A3*10"]);
        await sheets.BatchAsync(id, 200, new JsonObject
        {
            ["insertDimension"] = new JsonObject
            {
                ["range"] = new JsonObject { ["sheetId"] = 0, ["dimension"] = "ROWS", ["startIndex"] = 1, ["endIndex"] = 3 },
                ["inheritFromBefore"] = true,
            },
        });
        Assert.Equal(1002, sheets.Server.Sheets.Sheets(id)[0].RowCount);
        Assert.Equal([["1"], [], [], ["2"], ["3"], ["6"]], sheets.Server.Sheets.Formatted(id, "Sheet1").Select(r => r.ToArray()));
        Assert.Equal("=SUM(A1:A5)", sheets.Server.Sheets.Cell(id, "Sheet1", 5, 0)!.Formula);
        Assert.Equal("=Sheet1!A5*10", sheets.Server.Sheets.Cell(id, "Other", 0, 0)!.Formula);

        await sheets.BatchAsync(id, 200,
            new JsonObject { ["deleteDimension"] = new JsonObject { ["range"] = new JsonObject { ["sheetId"] = 0, ["dimension"] = "ROWS", ["startIndex"] = 3, ["endIndex"] = 5 } } },
            new JsonObject { ["deleteDimension"] = new JsonObject { ["range"] = new JsonObject { ["sheetId"] = 0, ["dimension"] = "COLUMNS", ["startIndex"] = 20 } } });
        var info = sheets.Server.Sheets.Sheets(id)[0];
        Assert.Equal((1000, 20), (info.RowCount, info.ColumnCount));
        Assert.Equal("=SUM(A1:A3)", sheets.Server.Sheets.Cell(id, "Sheet1", 3, 0)!.Formula);
        Assert.Equal("#REF!", (string)sheets.Server.Sheets.Cell(id, "Other", 0, 0)!.Value!);
        Assert.Equal([["1"], [], [], ["1"]], sheets.Server.Sheets.Formatted(id, "Sheet1").Select(r => r.ToArray()));

        var all = await sheets.BatchAsync(id, 400, new JsonObject { ["deleteDimension"] = new JsonObject { ["range"] = new JsonObject { ["sheetId"] = 0, ["dimension"] = "COLUMNS", ["startIndex"] = 0, ["endIndex"] = 20 } } });
        Assert.Equal("Invalid requests[0].deleteDimension: You can't delete all the columns on the sheet.", Message(all));
        var past = await sheets.BatchAsync(id, 400, new JsonObject { ["deleteDimension"] = new JsonObject { ["range"] = new JsonObject { ["sheetId"] = 0, ["dimension"] = "ROWS", ["startIndex"] = 999, ["endIndex"] = 1001 } } });
        Assert.Contains("Cannot delete a row that doesn't exist.", Message(past));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task RepeatCell_MergesFormatsByTheMask_BordersAndWidthsAreKept()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Formats");
        sheets.Server.Sheets.Enter(id, "A1", ["Name", "0.25"]);
        var header = new JsonObject { ["sheetId"] = 0, ["startRowIndex"] = 0, ["endRowIndex"] = 1, ["startColumnIndex"] = 0, ["endColumnIndex"] = 2 };
        await sheets.BatchAsync(id, 200,
            new JsonObject
            {
                ["repeatCell"] = new JsonObject
                {
                    ["range"] = header.DeepClone(),
                    ["cell"] = new JsonObject { ["userEnteredFormat"] = new JsonObject
                    {
                        ["textFormat"] = new JsonObject { ["bold"] = true, ["italic"] = true },
                        ["backgroundColor"] = new JsonObject { ["red"] = 0.9 },
                    } },
                    ["fields"] = "userEnteredFormat(textFormat,backgroundColor)",
                },
            },
            new JsonObject
            {
                ["repeatCell"] = new JsonObject
                {
                    ["range"] = new JsonObject { ["sheetId"] = 0, ["startRowIndex"] = 0, ["endRowIndex"] = 1, ["startColumnIndex"] = 1, ["endColumnIndex"] = 2 },
                    ["cell"] = new JsonObject { ["userEnteredFormat"] = new JsonObject
                    {
                        ["textFormat"] = new JsonObject(),
                        ["numberFormat"] = new JsonObject { ["type"] = "PERCENT", ["pattern"] = "0.0%" },
                    } },
                    ["fields"] = "userEnteredFormat.textFormat.italic,userEnteredFormat.numberFormat",
                },
            },
            new JsonObject
            {
                ["updateBorders"] = new JsonObject
                {
                    ["range"] = header.DeepClone(),
                    ["bottom"] = new JsonObject { ["style"] = "SOLID_THICK", ["color"] = new JsonObject { ["blue"] = 1 } },
                },
            },
            new JsonObject
            {
                ["updateDimensionProperties"] = new JsonObject
                {
                    ["range"] = new JsonObject { ["sheetId"] = 0, ["dimension"] = "COLUMNS", ["startIndex"] = 0, ["endIndex"] = 2 },
                    ["properties"] = new JsonObject { ["pixelSize"] = 180 },
                    ["fields"] = "pixelSize",
                },
            });

        var name = sheets.Server.Sheets.Cell(id, "Sheet1", 0, 0)!;
        Assert.Equal("""{"textFormat":{"bold":true,"italic":true},"backgroundColor":{"red":0.9}}""", name.Format!.ToJsonString());
        var rate = sheets.Server.Sheets.Cell(id, "Sheet1", 0, 1)!;
        Assert.Equal("""{"textFormat":{"bold":true},"backgroundColor":{"red":0.9},"numberFormat":{"type":"PERCENT","pattern":"0.0%"}}""", rate.Format!.ToJsonString());
        Assert.Equal("25.0%", rate.Formatted);
        Assert.Equal(180, sheets.Server.Sheets.ColumnWidth(id, "Sheet1", 1));
        Assert.Null(sheets.Server.Sheets.ColumnWidth(id, "Sheet1", 2));
        Assert.Equal("SOLID_THICK", (string)sheets.Server.Sheets.Borders(id, "Sheet1").Single()["bottom"]!["style"]!);

        var noMask = await sheets.BatchAsync(id, 400, new JsonObject { ["repeatCell"] = new JsonObject { ["range"] = header.DeepClone(), ["cell"] = new JsonObject() } });
        Assert.StartsWith("Invalid requests[0].repeatCell:", Message(noMask));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task SortRange_PutsNumbersBeforeTextAndEmptiesLast()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Sort");
        sheets.Server.Sheets.Enter(id, "A1", ["Name", "Score"], ["bob", "7"], ["Ann", ""], ["cy", "10"], ["dee", "n/a"], ["eve", "7"]);
        await sheets.BatchAsync(id, 200, new JsonObject
        {
            ["sortRange"] = new JsonObject
            {
                ["range"] = new JsonObject { ["sheetId"] = 0, ["startRowIndex"] = 1, ["endRowIndex"] = 6, ["startColumnIndex"] = 0, ["endColumnIndex"] = 2 },
                ["sortSpecs"] = new JsonArray(
                    new JsonObject { ["dimensionIndex"] = 1, ["sortOrder"] = "DESCENDING" },
                    new JsonObject { ["dimensionIndex"] = 0, ["sortOrder"] = "ASCENDING" }),
            },
        });
        Assert.Equal(["Name", "dee", "cy", "bob", "eve", "Ann"], sheets.Server.Sheets.Formatted(id, "Sheet1").Select(r => r[0]));

        await sheets.BatchAsync(id, 200, new JsonObject
        {
            ["sortRange"] = new JsonObject
            {
                ["range"] = new JsonObject { ["sheetId"] = 0, ["startRowIndex"] = 1, ["endRowIndex"] = 6, ["startColumnIndex"] = 0, ["endColumnIndex"] = 2 },
                ["sortSpecs"] = new JsonArray(new JsonObject { ["dimensionIndex"] = 1 }),
            },
        });
        Assert.Equal(["Name", "bob", "eve", "cy", "dee", "Ann"], sheets.Server.Sheets.Formatted(id, "Sheet1").Select(r => r[0]));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task AddChartAndNamedRange_AssignIds_AndNamedRangesWorkInRangesAndFormulas()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Charts");
        sheets.Server.Sheets.Enter(id, "A1", ["Month", "Sales"], ["Jan", "10"], ["Feb", "20"]);
        var source = (int column) => new JsonObject { ["sourceRange"] = new JsonObject { ["sources"] = new JsonArray(new JsonObject
        {
            ["sheetId"] = 0, ["startRowIndex"] = 0, ["endRowIndex"] = 3, ["startColumnIndex"] = column, ["endColumnIndex"] = column + 1,
        }) } };
        var answer = await sheets.BatchAsync(id, 200,
            new JsonObject
            {
                ["addChart"] = new JsonObject { ["chart"] = new JsonObject
                {
                    ["spec"] = new JsonObject
                    {
                        ["title"] = "Sales",
                        ["basicChart"] = new JsonObject
                        {
                            ["chartType"] = "COLUMN",
                            ["legendPosition"] = "BOTTOM_LEGEND",
                            ["axis"] = new JsonArray(new JsonObject { ["position"] = "BOTTOM_AXIS", ["title"] = "Month" }),
                            ["domains"] = new JsonArray(new JsonObject { ["domain"] = source(0) }),
                            ["series"] = new JsonArray(new JsonObject { ["series"] = source(1), ["targetAxis"] = "LEFT_AXIS" }),
                            ["headerCount"] = 1,
                        },
                    },
                    ["position"] = new JsonObject { ["overlayPosition"] = new JsonObject { ["anchorCell"] = new JsonObject { ["sheetId"] = 0, ["rowIndex"] = 1, ["columnIndex"] = 4 } } },
                } },
            },
            new JsonObject
            {
                ["addNamedRange"] = new JsonObject { ["namedRange"] = new JsonObject
                {
                    ["name"] = "Sales",
                    ["range"] = new JsonObject { ["sheetId"] = 0, ["startRowIndex"] = 1, ["endRowIndex"] = 3, ["startColumnIndex"] = 1, ["endColumnIndex"] = 2 },
                } },
            });
        var chart = answer["replies"]![0]!["addChart"]!["chart"]!;
        Assert.True((int)chart["chartId"]! > 0);
        Assert.Equal("COLUMN", (string)chart["spec"]!["basicChart"]!["chartType"]!);
        Assert.Equal((int)chart["chartId"]!, (int)sheets.Server.Sheets.Charts(id).Single()["chartId"]!);
        var got = await sheets.GetAsync($"{Spreadsheets}/{id}");
        Assert.Equal((int)chart["chartId"]!, (int)got["sheets"]![0]!["charts"]![0]!["chartId"]!);

        var named = answer["replies"]![1]!["addNamedRange"]!["namedRange"]!;
        Assert.Equal("Sales", (string)named["name"]!);
        Assert.NotNull(named["namedRangeId"]);
        Assert.Null(named["range"]!["sheetId"]);
        Assert.Equal("Sales", (string)got["namedRanges"]![0]!["name"]!);
        Assert.Equal("Sheet1!B2:B3", (string)(await sheets.ValuesAsync(id, "Sales"))["range"]!);
        sheets.Server.Sheets.Enter(id, "C1", ["=SUM(Sales)"]);
        Assert.Equal("30", sheets.Server.Sheets.Cell(id, "Sheet1", 0, 2)!.Formatted);

        var badSource = await sheets.BatchAsync(id, 400, new JsonObject
        {
            ["addChart"] = new JsonObject { ["chart"] = new JsonObject
            {
                ["spec"] = new JsonObject { ["basicChart"] = new JsonObject { ["chartType"] = "LINE", ["series"] = new JsonArray(new JsonObject { ["series"] = new JsonObject
                {
                    ["sourceRange"] = new JsonObject { ["sources"] = new JsonArray(new JsonObject { ["sheetId"] = 99 }) },
                } }) } },
                ["position"] = new JsonObject { ["sheetId"] = 0 },
            } },
        });
        Assert.Equal("Invalid requests[0].addChart: No grid with id: 99", Message(badSource));
        Assert.Single(sheets.Server.Sheets.Charts(id));
        Assert.Empty(sheets.Server.Violations);
    }
}
