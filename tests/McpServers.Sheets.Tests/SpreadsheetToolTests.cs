using System.Text.Json.Nodes;
using static McpServers.Sheets.Tests.SheetsHarness;

namespace McpServers.Sheets.Tests;

public sealed class SpreadsheetToolTests
{
    [Fact]
    public async Task CreateSpreadsheet_WithHeaders_IsBoldAndFrozen_AndGetShowsIt()
    {
        await using var sheets = await StartAsync();

        var created = await sheets.OkAsync("create_spreadsheet", new { title = "Expenses", sheets = new[] { "2026", "Notes" }, headers = new[] { "Date", "Item", "1/2" } });
        var id = (string)created["spreadsheetId"]!;
        var info = await sheets.OkAsync("get_spreadsheet", new { spreadsheetId = id });

        Assert.Equal("'2026'!A1:C1", (string?)created["headerRange"]);
        Assert.Equal(["Date", "Item", "1/2"], sheets.Google.Sheets.Formatted(id, "2026")[0]);
        Assert.True((bool)sheets.Google.Sheets.Cell(id, "2026", 0, 0)!.Format!["textFormat"]!["bold"]!);
        Assert.Equal("Expenses", (string?)info["title"]);
        Assert.Equal(["2026", "Notes"], info["sheets"]!.AsArray().Select(s => (string?)s!["title"]));
        Assert.Equal(1, (int)info["sheets"]![0]!["frozenRows"]!);
        Assert.Equal("GRID", (string?)info["sheets"]![0]!["type"]);
        Assert.False((bool)info["sheets"]![0]!["hidden"]!);
        Assert.Equal(1000, (int)info["sheets"]![1]!["rows"]!);
        Assert.StartsWith("https://docs.google.com/spreadsheets/d/" + id, (string?)info["url"]);
    }

    [Fact]
    public async Task ListSpreadsheets_FindsByName_AndPages()
    {
        await using var sheets = await StartAsync();
        foreach (var name in new[] { "Budget 2025", "Budget 2026", "Bob's budget", "Reading list" })
            sheets.Google.Sheets.AddSpreadsheet(Work, name);
        sheets.Google.Drive.AddFile(Work, "Budget notes", "application/vnd.google-apps.document");

        var budgets = await sheets.OkAsync("list_spreadsheets", new { query = "budget" });
        var quoted = await sheets.OkAsync("list_spreadsheets", new { query = "Bob's" });
        var page = await sheets.OkAsync("list_spreadsheets", new { pageSize = 3 });
        var rest = await sheets.OkAsync("list_spreadsheets", new { pageSize = 3, pageToken = (string)page["nextPageToken"]! });

        Assert.Equal(["Bob's budget", "Budget 2025", "Budget 2026"], budgets["spreadsheets"]!.AsArray().Select(s => (string?)s!["name"]).Order());
        Assert.Equal("Bob's budget", (string?)quoted["spreadsheets"]!.AsArray().Single()!["name"]);
        Assert.Equal(3, page["spreadsheets"]!.AsArray().Count);
        Assert.Single(rest["spreadsheets"]!.AsArray());
        Assert.Null(rest["nextPageToken"]);
        Assert.All(budgets["spreadsheets"]!.AsArray(), s => Assert.Equal(Work, (string?)s!["owner"]));
    }

    [Fact]
    public async Task ShareSpreadsheet_GivesAccess_WithOrWithoutNotification()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Shared", "Sheet1", ["hello"]);

        var reader = await sheets.OkAsync("share_spreadsheet", new { spreadsheetId = id, role = "reader", emailAddress = GoogleHome, notify = false });
        var anyone = await sheets.OkAsync("share_spreadsheet", new { spreadsheetId = id, role = "commenter", type = "anyone" });
        var noEmail = await sheets.ErrorAsync("share_spreadsheet", new { spreadsheetId = id, role = "writer" });
        var owner = await sheets.ErrorAsync("share_spreadsheet", new { spreadsheetId = id, role = "owner", emailAddress = "x@example.com" });
        var asHome = await sheets.OkAsync("read_range", new { spreadsheetId = id, range = "Sheet1!A1", account = "home" });
        var homeWrites = await sheets.ErrorAsync("write_range", new { spreadsheetId = id, range = "Sheet1!A1", values = new object[][] { ["x"] }, account = "home" });

        Assert.Equal("reader", (string?)reader["role"]);
        Assert.False((bool)reader["notified"]!);
        Assert.False((bool)anyone["notified"]!);
        Assert.Equal("anyone", (string?)anyone["type"]);
        Assert.Empty(sheets.Google.Drive.Notified(id));
        Assert.Contains("type user needs emailAddress", noEmail);
        Assert.Contains("role 'owner' is not one of reader, commenter, writer", owner);
        Assert.Equal("hello", (string?)asHome["rows"]![0]![0]);
        Assert.Contains("Sheets refused account 'home'", homeWrites);
        var request = sheets.Google.Requests.First(r => r.Path.EndsWith("/permissions", StringComparison.Ordinal));
        Assert.Equal("false", request.QueryValue("sendNotificationEmail"));
    }

    [Fact]
    public async Task ShareSpreadsheet_NotifiesByDefault()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Shared", "Sheet1");

        var writer = await sheets.OkAsync("share_spreadsheet", new { spreadsheetId = id, role = "writer", emailAddress = "grace@example.org", message = "Numbers for Tuesday" });

        Assert.True((bool)writer["notified"]!);
        Assert.Equal(["grace@example.org"], sheets.Google.Drive.Notified(id));
        Assert.Equal("Numbers for Tuesday", sheets.Google.Requests.Last(r => r.Path.EndsWith("/permissions", StringComparison.Ordinal)).QueryValue("emailMessage"));
    }

    [Fact]
    public async Task ListAccounts_ShowsEachAccountsAddress()
    {
        await using var sheets = await StartAsync();

        var accounts = await sheets.OkAsync("list_accounts", new { });

        Assert.Equal([Work, GoogleHome], accounts["accounts"]!.AsArray().OrderBy(a => (string?)a!["name"] == "home").Select(a => (string?)a!["email"]));
    }

    [Fact]
    public async Task AnotherAccountsSpreadsheet_IsNotFound_UntilShared()
    {
        await using var sheets = await StartAsync();
        var id = Seed(sheets, "Private", "Sheet1", ["secret"]);

        var error = await sheets.ErrorAsync("get_spreadsheet", new { spreadsheetId = id, account = "home" });

        Assert.Contains($"spreadsheet '{id}' was not found in account 'home'", error);
    }

    private const string GoogleHome = McpServers.FakeGoogle.GoogleServerHarness.Home;
}
