using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Tests.Sheets;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Drive;

public sealed class FilesTests
{
    private const string Files = "drive/v3/files";
    private const string Spreadsheet = "application/vnd.google-apps.spreadsheet";

    [Fact]
    public async Task List_FiltersByQuery_AndAnswersDefaultFieldsUnlessAsked()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var drive = sheets.Server.Drive;
        var budget = sheets.Server.Sheets.AddSpreadsheet(Alice, "Budget 2026");
        var notes = drive.AddFile(Alice, "Meeting notes", "application/vnd.google-apps.document");
        var quote = drive.AddFile(Alice, "Bob's quote", "application/pdf");
        drive.AddFile(Bob, "Bob's private budget", Spreadsheet);
        sheets.Server.Sheets.Enter(budget, "A1", ["Rent", "1200"]);

        var all = await sheets.GetAsync(Files);
        Assert.Equal("drive#fileList", (string)all["kind"]!);
        var first = all["files"]![0]!.AsObject();
        Assert.Equal(["kind", "mimeType", "id", "name"], first.Select(p => p.Key));
        Assert.Equal([budget, notes, quote], Ids(all));

        Assert.Equal([budget], Ids(await Query(sheets, $"mimeType = '{Spreadsheet}' and trashed = false")));
        Assert.Equal([notes, quote], Ids(await Query(sheets, $"mimeType != '{Spreadsheet}'")));
        Assert.Equal([budget], Ids(await Query(sheets, "name contains 'budg'")));
        Assert.Empty(Ids(await Query(sheets, "name contains 'udget'")));
        Assert.Equal([quote], Ids(await Query(sheets, @"name = 'bob\'s quote'")));
        Assert.Equal([budget], Ids(await Query(sheets, "fullText contains 'rent'")));
        Assert.Equal([budget, quote], Ids(await Query(sheets, "'me' in owners and (name contains 'budget' or name contains 'quote')")));
        Assert.Empty(Ids(await Query(sheets, "sharedWithMe")));

        var fields = await sheets.GetAsync($"{Files}?q={Uri.EscapeDataString("name = 'Budget 2026'")}&fields=files(id,name,webViewLink,owners,modifiedTime,shared)");
        var file = fields["files"]![0]!;
        Assert.Equal($"https://docs.google.com/spreadsheets/d/{budget}/edit?usp=drivesdk", (string)file["webViewLink"]!);
        Assert.Equal(Alice, (string)file["owners"]![0]!["emailAddress"]!);
        Assert.True((bool)file["owners"]![0]!["me"]!);
        Assert.False((bool)file["shared"]!);
        Assert.Null(file["mimeType"]);
        Assert.Empty(sheets.Server.Violations);
    }

    [Theory]
    [InlineData("name contains")]
    [InlineData("name ~ 'x'")]
    [InlineData("trashed = maybe")]
    [InlineData("color = 'red'")]
    [InlineData("name = 'unterminated")]
    [InlineData("(name = 'x'")]
    public async Task List_WithAQueryItCannotRead_AnswersInvalidValue(string q)
    {
        await using var sheets = await SheetsApi.StartAsync();
        var error = await sheets.GetAsync($"{Files}?q={Uri.EscapeDataString(q)}", 400);
        Assert.Equal("Invalid Value", (string)error["error"]!["message"]!);
        Assert.Equal("invalid", (string)error["error"]!["errors"]![0]!["reason"]!);
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task List_PagesAndOrders_AndModifiedTimeFollowsSheetsWrites()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var sheets = await SheetsApi.StartAsync(clock);
        var ids = new List<string>();
        foreach (var name in new[] { "c", "a", "e", "b", "d" })
        {
            ids.Add(sheets.Server.Sheets.AddSpreadsheet(Alice, name));
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        await sheets.UpdateAsync(ids[0], "A1", SheetsApi.Rows(["touched"]));

        var names = new List<string>();
        string? token = null;
        do
        {
            var page = await sheets.GetAsync($"{Files}?orderBy=name&pageSize=2{(token is null ? "" : "&pageToken=" + token)}");
            names.AddRange(page["files"]!.AsArray().Select(f => (string)f!["name"]!));
            token = (string?)page["nextPageToken"];
        }
        while (token is not null);
        Assert.Equal(["a", "b", "c", "d", "e"], names);

        var recent = await sheets.GetAsync($"{Files}?orderBy=modifiedTime%20desc&fields=files(name,modifiedTime,createdTime)");
        Assert.Equal(["c", "d", "b", "e", "a"], recent["files"]!.AsArray().Select(f => (string)f!["name"]!));
        Assert.Equal("2026-03-01T09:05:00.000Z", (string)recent["files"]![0]!["modifiedTime"]!);
        Assert.Equal("2026-03-01T09:00:00.000Z", (string)recent["files"]![0]!["createdTime"]!);
        Assert.Equal(["c"], (await sheets.GetAsync($"{Files}?q={Uri.EscapeDataString("modifiedTime > '2026-03-01T09:04:30'")}"))["files"]!.AsArray().Select(f => (string)f!["name"]!));
        Assert.Equal(["a", "b", "c", "d", "e"], (await sheets.GetAsync($"{Files}?orderBy=createdTime,name"))["files"]!.AsArray().Select(f => (string)f!["name"]!).Order());
        await sheets.GetAsync($"{Files}?orderBy=size", 400);
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task GetUpdateAndDelete_FollowAccess()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Mine");
        var missing = await sheets.GetAsync($"{Files}/{id}", 404, sheets.BobHttp);
        Assert.Equal($"File not found: {id}.", (string)missing["error"]!["message"]!);
        await sheets.PostAsync($"{Files}/{id}/permissions", new JsonObject { ["type"] = "user", ["role"] = "writer", ["emailAddress"] = Bob });
        Assert.Equal("Mine", (string)(await sheets.GetAsync($"{Files}/{id}", client: sheets.BobHttp))["name"]!);

        var renamed = await JsonAsync(await sheets.BobHttp.PatchAsync($"{Files}/{id}", Json(new JsonObject { ["name"] = "Ours" })));
        Assert.Equal("Ours", (string)renamed["name"]!);
        Assert.Equal("Ours", (string)(await sheets.GetAsync($"v4/spreadsheets/{id}"))["properties"]!["title"]!);
        await JsonAsync(await sheets.BobHttp.DeleteAsync($"{Files}/{id}"), 403);
        await JsonAsync(await sheets.Http.DeleteAsync($"{Files}/{id}"), 204);
        await sheets.GetAsync($"v4/spreadsheets/{id}", 404);

        var about = await sheets.GetAsync("drive/v3/about?fields=user(emailAddress,displayName)", client: sheets.BobHttp);
        Assert.Equal("""{"user":{"emailAddress":"bob@example.com","displayName":"bob"}}""", about.ToJsonString());
        Assert.Equal("The 'fields' parameter is required for this method.", (string)(await sheets.GetAsync("drive/v3/about", 400))["error"]!["message"]!);
        Assert.Empty(sheets.Server.Violations);
    }

    private static async Task<JsonObject> Query(SheetsApi sheets, string q) => await sheets.GetAsync($"{Files}?q={Uri.EscapeDataString(q)}");

    private static string[] Ids(JsonObject list) => list["files"]!.AsArray().Select(f => (string)f!["id"]!).ToArray();
}
