using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;
using static McpServers.FakeGoogle.Tests.Sheets.SheetsApi;

namespace McpServers.FakeGoogle.Tests.Sheets;

public sealed class AppendTests
{
    [Fact]
    public async Task Append_GoesAfterTheTablesLastRow_PastAGapRow()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Log");
        sheets.Server.Sheets.Enter(id, "Sheet1!A1", ["Date", "Amount"], ["2026-01-01", "5"], ["2026-01-02", "7"], [], ["2026-01-04", "9"], ["2026-01-05", "11"]);

        var answer = await sheets.AppendAsync(id, "Sheet1!A1", Rows(["2026-01-06", 13]), "valueInputOption=USER_ENTERED&includeValuesInResponse=true");
        Assert.Equal("Sheet1!A1:B6", (string)answer["tableRange"]!);
        var updates = answer["updates"]!;
        Assert.Equal("Sheet1!A7:B7", (string)updates["updatedRange"]!);
        Assert.Equal(1, (int)updates["updatedRows"]!);
        Assert.Equal(2, (int)updates["updatedColumns"]!);
        Assert.Equal(2, (int)updates["updatedCells"]!);
        Assert.Equal([["2026-01-06", "13"]], Texts(updates["updatedData"]!.AsObject()));

        // A table further right: the new row starts at its first column.
        sheets.Server.Sheets.Enter(id, "Sheet1!D3", ["x", "y"]);
        var right = await sheets.AppendAsync(id, "Sheet1!C:F", Rows(["z"]), "valueInputOption=RAW");
        Assert.Equal("Sheet1!D3:E3", (string)right["tableRange"]!);
        Assert.Equal("Sheet1!D4", (string)right["updates"]!["updatedRange"]!);

        // A range of one row still finds the table below it.
        var header = await sheets.AppendAsync(id, "Sheet1!A1:B1", Rows(["2026-01-07", "15"]));
        Assert.Equal("Sheet1!A1:B7", (string)header["tableRange"]!);
        Assert.Equal("Sheet1!A8:B8", (string)header["updates"]!["updatedRange"]!);

        // An empty range: the values go to its top-left cell and there is no table.
        var empty = await sheets.AppendAsync(id, "Sheet1!H5:J", Rows(["first"]));
        Assert.Null(empty["tableRange"]);
        Assert.Equal("Sheet1!H5", (string)empty["updates"]!["updatedRange"]!);
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Append_InsertRows_MovesLaterRowsDown_AndOverwriteGrowsTheGrid()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Insert");
        sheets.Server.Sheets.Enter(id, "A1", ["a", "1"], ["b", "2"]);
        sheets.Server.Sheets.Enter(id, "D3", ["below"], ["=SUM(B1:B2)"]);

        var inserted = await sheets.AppendAsync(id, "A:B", Rows(["c", "3"], ["d", "4"]), "valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS");
        Assert.Equal("Sheet1!A3:B4", (string)inserted["updates"]!["updatedRange"]!);
        Assert.Equal("below", (string)sheets.Server.Sheets.Cell(id, "Sheet1", 4, 3)!.Value!);
        Assert.Equal(1002, sheets.Server.Sheets.Sheets(id)[0].RowCount);
        // The moved formula still sums what it summed.
        Assert.Equal("=SUM(B1:B2)", sheets.Server.Sheets.Cell(id, "Sheet1", 5, 3)!.Formula);

        sheets.Server.Sheets.Enter(id, "A1002", ["last"]);
        var grown = await sheets.AppendAsync(id, "A:A", Rows(["x"], ["y"]));
        Assert.Equal("Sheet1!A1003:A1004", (string)grown["updates"]!["updatedRange"]!);
        Assert.Equal(1004, sheets.Server.Sheets.Sheets(id)[0].RowCount);

        var wide = await sheets.AppendAsync(id, "Z1", Rows(["1", "2"]), expectedStatus: 400);
        Assert.StartsWith("Range (Sheet1!AA", Message(wide));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Append_FromTwoClientsAtOnce_LandsOnDistinctRows()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Concurrent");
        sheets.Server.Sheets.Enter(id, "A1", ["header"]);
        await sheets.PostAsync($"drive/v3/files/{id}/permissions", new JsonObject { ["type"] = "user", ["role"] = "writer", ["emailAddress"] = Bob });

        var appends = Enumerable.Range(0, 10).Select(i =>
            sheets.AppendAsync(id, "Sheet1", Rows([$"row {i}"]), client: i % 2 == 0 ? sheets.Http : sheets.BobHttp)).ToArray();
        var answers = await Task.WhenAll(appends);

        var ranges = answers.Select(a => (string)a["updates"]!["updatedRange"]!).ToList();
        Assert.Equal(10, ranges.Distinct().Count());
        var column = sheets.Server.Sheets.Formatted(id, "Sheet1").Select(r => r[0]).ToList();
        Assert.Equal(11, column.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"row {i}").Order(), column.Skip(1).Order());
        Assert.Empty(sheets.Server.Violations);
    }
}
