using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;
using static McpServers.FakeGoogle.Tests.Sheets.SheetsApi;

namespace McpServers.FakeGoogle.Tests.Sheets;

public sealed class ValuesTests
{
    [Fact]
    public async Task UserEntered_ParsesAsTyped_WhileRawKeepsStrings()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Typing");
        string[] typed = ["42", "-3.5", "1,234.5", "1e3", "50%", "$12.50", "true", "FALSE", "2026-01-15", "1/15/2026", "'007", "=1+2", "hello"];
        var update = await sheets.UpdateAsync(id, "Sheet1!A1", Rows(typed.Cast<object?>().ToArray(), typed.Cast<object?>().ToArray()));
        Assert.Equal("Sheet1!A1:M2", (string)update["updatedRange"]!);
        await sheets.UpdateAsync(id, "Sheet1!A2", Rows(typed.Cast<object?>().ToArray(), [7, true, 2.5]), "RAW");

        var formatted = Texts(await sheets.ValuesAsync(id, "Sheet1!A1:M3"));
        Assert.Equal(["42", "-3.5", "1,234.5", "1.00E+03", "50%", "$12.50", "TRUE", "FALSE", "2026-01-15", "1/15/2026", "007", "3", "hello"], formatted[0]);
        Assert.Equal(typed, formatted[1]);
        Assert.Equal(["7", "TRUE", "2.5"], formatted[2]);

        var unformatted = Texts(await sheets.ValuesAsync(id, "Sheet1!A1:M3", "valueRenderOption=UNFORMATTED_VALUE"));
        Assert.Equal(["42", "-3.5", "1234.5", "1000", "0.5", "12.5", "true", "false", "46037", "46037", "007", "3", "hello"], unformatted[0]);
        // RAW stores strings as strings: "42" stays text, "=1+2" is no formula.
        Assert.Equal(typed, unformatted[1]);
        Assert.Equal(["7", "true", "2.5"], unformatted[2]);

        var dates = Texts(await sheets.ValuesAsync(id, "Sheet1!I1:J1", "valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=FORMATTED_STRING"));
        Assert.Equal(["2026-01-15", "1/15/2026"], dates[0]);
        var percent = sheets.Server.Sheets.Cell(id, "Sheet1", 0, 4)!;
        Assert.Equal(0.5, (double)percent.Value!);
        Assert.Equal("PERCENT", (string)percent.Format!["numberFormat"]!["type"]!);
        Assert.Equal("007", (string)sheets.Server.Sheets.Cell(id, "Sheet1", 0, 10)!.Value!);
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Formulas_RenderAsFormulaOrResult_AndRecomputeAfterAChange()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Sums", "Sheet1", "Other");
        sheets.Server.Sheets.Enter(id, "Other!A1", ["100"]);
        await sheets.UpdateAsync(id, "A1", Rows(
            ["1", "2", "=sum(a1:b1)"],
            ["=A1*$B$1+Other!A1", "=\"n=\"&C1", "=AVERAGE(A1:B1)"],
            ["=1/0", "=NOPE(1)", "=Missing!A1"],
            ["=COUNT(A1:C1)", "=MAX(A1:B1)-MIN(A1:B1)", "=CONCATENATE(\"a\",A1,\"b\")"],
            ["=(1+2)*3", "=B5+1", "=SUM(B:B)"]));

        Assert.Equal([["1", "2", "3"], ["102", "n=3", "1.5"], ["#DIV/0!", "#NAME?", "#REF!"], ["3", "1", "a1b"], ["9", "#REF!", "#NAME?"]],
            Texts(await sheets.ValuesAsync(id, "A1:C5")));
        var formulas = Texts(await sheets.ValuesAsync(id, "A1:C2", "valueRenderOption=FORMULA"));
        Assert.Equal(["1", "2", "=SUM(A1:B1)"], formulas[0]);
        Assert.Equal(["=A1*$B$1+Other!A1", "=\"n=\"&C1", "=AVERAGE(A1:B1)"], formulas[1]);
        Assert.Equal(["1", "2", "3"], Texts(await sheets.ValuesAsync(id, "A1:C1", "valueRenderOption=UNFORMATTED_VALUE"))[0]);

        await sheets.UpdateAsync(id, "A1", Rows(["10"]));
        Assert.Equal([["10", "2", "12"], ["120", "n=12", "6"]], Texts(await sheets.ValuesAsync(id, "A1:C2")));
        var cell = sheets.Server.Sheets.Cell(id, "Sheet1", 0, 2)!;
        Assert.Equal("=SUM(A1:B1)", cell.Formula);
        Assert.Equal(12, (double)cell.Value!);
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Writes_WithoutValueInputOption_AreRefusedAsGoogleDoes()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Strict");
        var error = await sheets.UpdateAsync(id, "A1", Rows(["x"]), valueInputOption: null, expectedStatus: 400);
        Assert.Equal("'valueInputOption' is required but not specified", Message(error));
        Assert.Equal("INVALID_ARGUMENT", (string)error["error"]!["status"]!);
        Assert.Equal("'valueInputOption' is required but not specified",
            Message(await sheets.AppendAsync(id, "A1", Rows(["x"]), "insertDataOption=INSERT_ROWS", 400)));
        Assert.Equal("'valueInputOption' is required but not specified",
            Message(await sheets.PostAsync($"{Spreadsheets}/{id}/values:batchUpdate", new JsonObject { ["data"] = new JsonArray() }, 400)));
        Assert.Null(sheets.Server.Sheets.Cell(id, "Sheet1", 0, 0));
        // A 400 the real service gives is not a discovery violation.
        Assert.Empty(sheets.Server.Violations);
    }

    [Theory]
    [InlineData("Nope!A1")]
    [InlineData("Sheet1!A1:B2:C3")]
    [InlineData("Sheet1!1A")]
    [InlineData("'Unclosed!A1")]
    [InlineData("Sheet1!")]
    public async Task Ranges_ThatDoNotParse_AnswerUnableToParseRange(string range)
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Ranges");
        var error = await sheets.ValuesAsync(id, range, expectedStatus: 400);
        Assert.Equal($"Unable to parse range: {range}", Message(error));
        Assert.Equal($"Unable to parse range: {range}", Message(await sheets.UpdateAsync(id, range, Rows(["x"]), expectedStatus: 400)));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Ranges_QuotedNamesOpenRangesAndWholeSheets_AreNormalizedAndClipped()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Names", "Sheet1", "My Sheet", "Bob's data");
        sheets.Server.Sheets.Enter(id, "'Bob''s data'!A1", ["a", "b"], ["c", "d"]);
        sheets.Server.Sheets.Enter(id, "'My Sheet'!B2", ["x"]);

        var quoted = await sheets.ValuesAsync(id, "'Bob''s data'!2:2");
        Assert.Equal("'Bob''s data'!A2:Z2", (string)quoted["range"]!);
        Assert.Equal([["c", "d"]], Texts(quoted));
        var columns = await sheets.ValuesAsync(id, "'My Sheet'!A:C");
        Assert.Equal("'My Sheet'!A1:C1000", (string)columns["range"]!);
        Assert.Equal([[], ["", "x"]], Texts(columns));
        Assert.Equal("'My Sheet'!A1:Z1000", (string)(await sheets.ValuesAsync(id, "my sheet"))["range"]!);
        Assert.Equal("Sheet1!A1:B2", (string)(await sheets.ValuesAsync(id, "b2:a1"))["range"]!);
        Assert.Equal("Sheet1!A2:C1000", (string)(await sheets.ValuesAsync(id, "A2:C"))["range"]!);
        var empty = await sheets.ValuesAsync(id, "Sheet1!A1:C5");
        Assert.Null(empty["values"]);
        Assert.Equal("ROWS", (string)empty["majorDimension"]!);
        Assert.Equal([["a", "c"], ["b", "d"]], Texts(await sheets.ValuesAsync(id, "'Bob''s data'!A1:B2", "majorDimension=COLUMNS")));
        // Raw "!" and "'" in the path work as well as escaped ones.
        Assert.Equal([["c", "d"]], Texts(await sheets.GetAsync($"{Spreadsheets}/{id}/values/'Bob''s%20data'!A2:B2")));

        var beyond = await sheets.ValuesAsync(id, "Sheet1!A1:AB3", expectedStatus: 400);
        Assert.Equal("Range (Sheet1!AA1) exceeds grid limits. Max rows: 1000, max columns: 26", Message(beyond));
        var batch = await sheets.GetAsync($"{Spreadsheets}/{id}/values:batchGet?ranges={Uri.EscapeDataString("'Bob''s data'!A1")}&ranges=B2");
        Assert.Equal(["'Bob''s data'!A1", "Sheet1!B2"], batch["valueRanges"]!.AsArray().Select(v => (string)v!["range"]!));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Update_PastItsRangeOrTheGrid_IsRefused_AndNullsLeaveCells()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Bounds");
        Assert.Equal("Requested writing within range [Sheet1!A1:B2], but tried writing to row [3]",
            Message(await sheets.UpdateAsync(id, "A1:B2", Rows([1], [2], [3]), expectedStatus: 400)));
        Assert.Equal("Requested writing within range [Sheet1!A1:B2], but tried writing to column [C]",
            Message(await sheets.UpdateAsync(id, "Sheet1!A1:B2", Rows([1, 2, 3]), expectedStatus: 400)));
        Assert.Equal("Range (Sheet1!A1001) exceeds grid limits. Max rows: 1000, max columns: 26",
            Message(await sheets.UpdateAsync(id, "A1000", Rows([1], [2]), expectedStatus: 400)));
        Assert.Null(sheets.Server.Sheets.Cell(id, "Sheet1", 0, 0));

        await sheets.UpdateAsync(id, "A1", Rows(["a", "b", "c"]));
        var update = await sheets.UpdateAsync(id, "A1:C1", Rows([null, "", "z"]), query: "includeValuesInResponse=true");
        Assert.Equal(2, (int)update["updatedCells"]!);
        Assert.Equal([["a", "", "z"]], Texts(update["updatedData"]!.AsObject()));
        Assert.Equal("Sheet1!A1:C1", (string)update["updatedData"]!["range"]!);

        var cleared = await sheets.PostAsync($"{Spreadsheets}/{id}/values/A:A:clear", new JsonObject());
        Assert.Equal("Sheet1!A1:A1000", (string)cleared["clearedRange"]!);
        Assert.Equal([["", "", "z"]], sheets.Server.Sheets.Formatted(id, "Sheet1").Select(r => r.ToArray()));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task BatchUpdateValues_WritesEveryRangeOrNone()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Batch", "Sheet1", "Two");
        var answer = await sheets.PostAsync($"{Spreadsheets}/{id}/values:batchUpdate", new JsonObject
        {
            ["valueInputOption"] = "USER_ENTERED",
            ["data"] = new JsonArray(
                new JsonObject { ["range"] = "A1", ["values"] = Rows(["1", "2"], ["3", "4"]) },
                new JsonObject { ["range"] = "Two!B2", ["majorDimension"] = "COLUMNS", ["values"] = Rows(["x", "y"]) }),
        });
        Assert.Equal(4, (int)answer["totalUpdatedRows"]!);
        Assert.Equal(3, (int)answer["totalUpdatedColumns"]!);
        Assert.Equal(6, (int)answer["totalUpdatedCells"]!);
        Assert.Equal(2, (int)answer["totalUpdatedSheets"]!);
        Assert.Equal(["Sheet1!A1:B2", "Two!B2:B3"], answer["responses"]!.AsArray().Select(r => (string)r!["updatedRange"]!));
        Assert.Equal([[], ["", "x"], ["", "y"]], sheets.Server.Sheets.Formatted(id, "Two").Select(r => r.ToArray()));

        var failed = await sheets.PostAsync($"{Spreadsheets}/{id}/values:batchUpdate", new JsonObject
        {
            ["valueInputOption"] = "RAW",
            ["data"] = new JsonArray(
                new JsonObject { ["range"] = "C1", ["values"] = Rows(["new"]) },
                new JsonObject { ["range"] = "Gone!A1", ["values"] = Rows(["x"]) }),
        }, 400);
        Assert.Equal("Invalid data[1]: Unable to parse range: Gone!A1", Message(failed));
        Assert.Null(sheets.Server.Sheets.Cell(id, "Sheet1", 0, 2));

        var batchClear = await sheets.PostAsync($"{Spreadsheets}/{id}/values:batchClear", new JsonObject { ["ranges"] = new JsonArray("A1", "Two") });
        Assert.Equal(["Sheet1!A1", "Two!A1:Z1000"], batchClear["clearedRanges"]!.AsArray().Select(r => (string)r!));
        Assert.Empty(sheets.Server.Sheets.Formatted(id, "Two"));
        Assert.Empty(sheets.Server.Violations);
    }
}
