using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;
using static McpServers.FakeGoogle.Tests.Sheets.SheetsApi;

namespace McpServers.FakeGoogle.Tests.Sheets;

public sealed class SpreadsheetsTests
{
    [Fact]
    public async Task Create_MakesOneDefaultSheet_AndADriveFileOwnedByTheCaller()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var created = await sheets.PostAsync(Spreadsheets, new JsonObject { ["properties"] = new JsonObject { ["title"] = "Budget" } });
        var id = (string)created["spreadsheetId"]!;
        Assert.Equal("Budget", (string)created["properties"]!["title"]!);
        Assert.Equal("en_US", (string)created["properties"]!["locale"]!);
        Assert.Equal($"https://docs.google.com/spreadsheets/d/{id}/edit", (string)created["spreadsheetUrl"]!);
        var sheet = created["sheets"]!.AsArray().Single()!["properties"]!;
        Assert.Equal(0, (int)sheet["sheetId"]!);
        Assert.Equal("Sheet1", (string)sheet["title"]!);
        Assert.Equal(0, (int)sheet["index"]!);
        Assert.Equal("GRID", (string)sheet["sheetType"]!);
        Assert.Equal(1000, (int)sheet["gridProperties"]!["rowCount"]!);
        Assert.Equal(26, (int)sheet["gridProperties"]!["columnCount"]!);
        // Google leaves zero frozen counts out.
        Assert.Null(sheet["gridProperties"]!["frozenRowCount"]);

        var got = await sheets.GetAsync($"{Spreadsheets}/{id}");
        Assert.Equal(created.ToJsonString(), got.ToJsonString());
        var file = Assert.Single(sheets.Server.Drive.Permissions(id));
        Assert.Equal(Alice, (string)file["emailAddress"]!);
        Assert.Equal("owner", (string)file["role"]!);
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Create_WithSheets_AssignsIdsAndKeepsGridAndFrozenCounts()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var created = await sheets.PostAsync(Spreadsheets, new JsonObject
        {
            ["sheets"] = new JsonArray(
                new JsonObject { ["properties"] = new JsonObject { ["title"] = "Data", ["gridProperties"] = new JsonObject { ["rowCount"] = 50, ["columnCount"] = 5, ["frozenRowCount"] = 1 } } },
                new JsonObject { ["properties"] = new JsonObject { ["title"] = "Summary" } }),
        });
        Assert.Equal("Untitled spreadsheet", (string)created["properties"]!["title"]!);
        var info = sheets.Server.Sheets.Sheets((string)created["spreadsheetId"]!);
        Assert.Equal(["Data", "Summary"], info.Select(s => s.Title));
        Assert.Equal(new FakeSheetInfo(0, "Data", 0, 50, 5, 1, 0), info[0]);
        Assert.True(info[1].SheetId > 0);
        Assert.Equal(1, (int)created["sheets"]![0]!["properties"]!["gridProperties"]!["frozenRowCount"]!);

        var duplicate = await sheets.PostAsync(Spreadsheets, new JsonObject
        {
            ["sheets"] = new JsonArray(new JsonObject { ["properties"] = new JsonObject { ["title"] = "A" } }, new JsonObject { ["properties"] = new JsonObject { ["title"] = "a" } }),
        }, 400);
        Assert.Contains("A sheet with the name \"a\" already exists. Please enter another name.", Message(duplicate));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Get_WithRanges_ListsOnlyThoseSheets_AndGridDataOnRequest()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Two tabs", "One", "Two");
        sheets.Server.Sheets.Enter(id, "Two!A1", ["x", "=1/0"], [null, "5"]);
        var got = await sheets.GetAsync($"{Spreadsheets}/{id}?ranges=Two!A1:B2&includeGridData=true");
        var sheet = Assert.Single(got["sheets"]!.AsArray())!;
        Assert.Equal("Two", (string)sheet["properties"]!["title"]!);
        var rows = sheet["data"]![0]!["rowData"]!.AsArray();
        Assert.Equal("x", (string)rows[0]!["values"]![0]!["userEnteredValue"]!["stringValue"]!);
        Assert.Equal("=1/0", (string)rows[0]!["values"]![1]!["userEnteredValue"]!["formulaValue"]!);
        Assert.Equal("DIVIDE_BY_ZERO", (string)rows[0]!["values"]![1]!["effectiveValue"]!["errorValue"]!["type"]!);
        Assert.Equal(5, (double)rows[1]!["values"]![1]!["effectiveValue"]!["numberValue"]!);
        Assert.Equal(2, sheet["data"]![0]!["rowMetadata"]!.AsArray().Count);

        var partial = await sheets.GetAsync($"{Spreadsheets}/{id}?fields=sheets(properties(title))");
        Assert.Equal("""{"sheets":[{"properties":{"title":"One"}},{"properties":{"title":"Two"}}]}""", partial.ToJsonString());
        Assert.Contains("Unable to parse range: Nope!A1", Message(await sheets.GetAsync($"{Spreadsheets}/{id}?ranges=Nope!A1", 400)));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Access_IsNotFoundWithoutPermission_AndForbiddenForReadersWhoWrite()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Private");
        var missing = await sheets.GetAsync($"{Spreadsheets}/{id}", 404, sheets.BobHttp);
        Assert.Equal("Requested entity was not found.", Message(missing));
        Assert.Equal("NOT_FOUND", (string)missing["error"]!["status"]!);
        await sheets.GetAsync($"{Spreadsheets}/no-such-spreadsheet", 404);

        await sheets.PostAsync($"drive/v3/files/{id}/permissions?sendNotificationEmail=false",
            new JsonObject { ["type"] = "user", ["role"] = "reader", ["emailAddress"] = Bob });
        Assert.Equal("Private", (string)(await sheets.GetAsync($"{Spreadsheets}/{id}", client: sheets.BobHttp))["properties"]!["title"]!);
        var denied = await sheets.UpdateAsync(id, "A1", Rows(["hi"]), expectedStatus: 403, client: sheets.BobHttp);
        Assert.Equal("The caller does not have permission", Message(denied));
        Assert.Equal("PERMISSION_DENIED", (string)denied["error"]!["status"]!);

        // A read-only token cannot write even one's own spreadsheet.
        var own = sheets.Server.Sheets.AddSpreadsheet(Carol, "Carol's");
        await sheets.UpdateAsync(own, "A1", Rows(["x"]), expectedStatus: 403, client: sheets.CarolHttp);
        await sheets.ValuesAsync(own, "A1", client: sheets.CarolHttp);
        Assert.Null(sheets.Server.Sheets.Cell(id, "Sheet1", 0, 0));

        // A Drive file that is no spreadsheet cannot be opened as one.
        var pdf = sheets.Server.Drive.AddFile(Alice, "Scan.pdf", "application/pdf");
        var notSheet = await sheets.GetAsync($"{Spreadsheets}/{pdf}", 400);
        Assert.Equal("This operation is not supported for this document", Message(notSheet));
        Assert.Empty(sheets.Server.Violations);
    }
}
