using System.Text.Json;
using McpServers.Hosting;
using McpServers.Sheets.A1;
using McpServers.Sheets.Tools;

namespace McpServers.Sheets.Tests;

public sealed class CellValuesTests
{
    private static IReadOnlyList<IReadOnlyList<JsonElement>> Values(string json) =>
        JsonSerializer.Deserialize<List<List<JsonElement>>>(json)!;

    [Fact]
    public void ASingleCell_IsWhereTheValuesStart()
    {
        var fitted = CellValues.Fit(A1Range.Parse("Data!B2"), rows: 3, columns: 2, allowLarger: false, "values");

        Assert.Equal("Data!B2:C4", fitted.ToString());
    }

    [Fact]
    public void ARangeLargerThanTheValues_IsRefused_UnlessAllowed()
    {
        var error = Assert.Throws<ToolInputException>(() => CellValues.Fit(A1Range.Parse("A1:Z100"), 2, 2, false, "values"));

        Assert.Contains("range A1:Z100 is 100 × 26 but the values are only 2 × 2", error.Message);
        Assert.Contains("Give range A1:B2", error.Message);
        Assert.Equal("A1:Z100", CellValues.Fit(A1Range.Parse("A1:Z100"), 2, 2, true, "values").ToString());
    }

    [Fact]
    public void MoreValuesThanTheRangeHolds_IsRefused()
    {
        var error = Assert.Throws<ToolInputException>(() => CellValues.Fit(A1Range.Parse("Sheet1!A1:B2"), 3, 2, true, "values"));

        Assert.Contains("the values are 3 row(s) × 2 column(s) but range Sheet1!A1:B2 holds only 2 × 2", error.Message);
        Assert.Contains("nothing was written", error.Message);
    }

    [Fact]
    public void OpenRanges_AreFittedToTheValues()
    {
        Assert.Equal("A1:C2", CellValues.Fit(A1Range.Parse("A:C"), 2, 3, false, "values").ToString());
        Assert.Throws<ToolInputException>(() => CellValues.Fit(A1Range.Parse("A:C"), 2, 2, false, "values"));
    }

    [Fact]
    public void PastTheLargestSheet_IsRefused() =>
        Assert.Contains("column ZZZ", Assert.Throws<ToolInputException>(() => CellValues.Fit(A1Range.Parse("ZZY1"), 1, 3, false, "values")).Message);

    [Fact]
    public void Cells_AreScalars()
    {
        Assert.Equal((2, 3), CellValues.Check(Values("""[["a", 1, true], [null]]"""), "values"));
        Assert.Contains("values[1][0]: a cell is text, a number, true/false or null, not object",
            Assert.Throws<ToolInputException>(() => CellValues.Check(Values("""[[1], [{"x": 1}]]"""), "values")).Message);
        Assert.Contains("values is empty", Assert.Throws<ToolInputException>(() => CellValues.Check(Values("[]"), "values")).Message);
        Assert.Contains("values holds only empty rows", Assert.Throws<ToolInputException>(() => CellValues.Check(Values("[[], []]"), "values")).Message);
    }

    [Fact]
    public void Records_MatchHeaders_AndRefuseUnknownKeys()
    {
        var headers = Records.Headers(Values("""[["Name", " Email ", "", "Name"]]""")[0], 0, 0);
        var repeated = Records.Headers(Values("""[["Name", "Name", "Name_2"]]""")[0], 0, 0);
        var records = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>("""[{"email": "ada@example.com", "Name": "Ada"}, {"C": 3}]""")!;

        Assert.Equal(["Name", "Email", "C", "Name_2"], headers);
        Assert.Equal(["Name", "Name_2", "Name_2_2"], repeated);
        var rows = Records.ToRows(headers, records, "records");
        Assert.Equal(["Ada", "ada@example.com"], rows[0].Select(Records.Text));
        Assert.Equal(["", "", "3"], rows[1].Select(Records.Text));
        var error = Assert.Throws<ToolInputException>(() => Records.ToRows(headers, [new() { ["Phone"] = default }], "records"));
        Assert.Contains("records[0]: 'Phone' is not a column of the table; its columns are 'Name', 'Email', 'C', 'Name_2' (nothing was written", error.Message);
    }
}
