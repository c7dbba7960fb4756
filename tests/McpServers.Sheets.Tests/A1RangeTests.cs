using McpServers.Hosting;
using McpServers.Sheets.A1;

namespace McpServers.Sheets.Tests;

public sealed class A1RangeTests
{
    [Theory]
    [InlineData("Sheet1!A1:C5", "Sheet1", 0, 0, 2, 4, "Sheet1!A1:C5")]
    [InlineData("'My Sheet'!A:C", "My Sheet", 0, null, 2, null, "'My Sheet'!A:C")]
    [InlineData("'Bob''s data'!2:2", "Bob's data", null, 1, null, 1, "'Bob''s data'!2:2")]
    [InlineData("A2:C", null, 0, 1, 2, null, "A2:C")]
    [InlineData("b3", null, 1, 2, 1, 2, "B3")]
    [InlineData("Sheet1!$A$1:$B$2", "Sheet1", 0, 0, 1, 1, "Sheet1!A1:B2")]
    [InlineData("C5:A1", null, 0, 0, 2, 4, "A1:C5")]
    [InlineData("Data!AA10:ZZZ20", "Data", 26, 9, 18_277, 19, "Data!AA10:ZZZ20")]
    public void Parses_AndWritesBack(string text, string? sheet, int? startColumn, int? startRow, int? endColumn, int? endRow, string normalized)
    {
        var range = A1Range.Parse(text);

        Assert.Equal(new A1Range(sheet, startColumn, startRow, endColumn, endRow), range);
        Assert.Equal(normalized, range.ToString());
    }

    [Theory]
    [InlineData("Sheet1", "Sheet1")]
    [InlineData("'Q1 2026'", "Q1 2026")]
    [InlineData("Budget plan", "Budget plan")]
    public void ASheetName_IsTheWholeSheet(string text, string sheet)
    {
        var range = A1Range.Parse(text);

        Assert.Equal(new A1Range(sheet, null, null, null, null), range);
        Assert.Null(range.Height);
        Assert.Equal(A1Range.QuoteSheet(sheet), range.ToString());
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("'Open!A1", "no closing quote")]
    [InlineData("Sheet1!", "nothing follows '!'")]
    [InlineData("Sheet1!A1:B2:C3", "at most one ':'")]
    [InlineData("Sheet1!A1:", "is not a cell")]
    [InlineData("Sheet1!A:5", "mixes a row with a column")]
    [InlineData("Sheet1!AAAA1", "is not a cell")]
    [InlineData("Sheet1!A0", "is not a cell")]
    [InlineData("'My Sheet'A1", "must be followed by '!'")]
    [InlineData("!A1", "sheet name before '!' is empty")]
    [InlineData("C", "alone is not a range")]
    public void BadNotation_IsAClearError(string text, string expected)
    {
        var error = Assert.Throws<ToolInputException>(() => A1Range.Parse(text));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("Sheet1", "Sheet1")]
    [InlineData("My Sheet", "'My Sheet'")]
    [InlineData("Bob's", "'Bob''s'")]
    [InlineData("AB12", "'AB12'")]
    [InlineData("2026", "'2026'")]
    public void SheetNames_AreQuotedWhenNeeded(string sheet, string quoted) => Assert.Equal(quoted, A1Range.QuoteSheet(sheet));

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(18_277, "ZZZ")]
    public void ColumnLetters_RoundTrip(int index, string letters)
    {
        Assert.Equal(letters, A1Range.ColumnName(index));
        Assert.Equal(index, A1Range.ColumnIndex(letters));
    }

    [Fact]
    public void WithRows_KeepsTheColumns()
    {
        Assert.Equal("Sheet1!A501:C", A1Range.Parse("Sheet1!A:C").WithRows(500, null).ToString());
        Assert.Equal("'My Sheet'!11:20", A1Range.Parse("'My Sheet'").WithRows(10, 19).ToString());
        Assert.Equal("Sheet1!A501:ZZZ", A1Range.Parse("Sheet1").WithRows(500, null).ToString());
    }
}
