using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Tests.Sheets;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Drive;

public sealed class PermissionsTests
{
    [Fact]
    public async Task Create_GivesTheGranteeAccess_AndNotifiesUnlessToldNotTo()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Shared plan");
        await sheets.ValuesAsync(id, "A1", expectedStatus: 404, client: sheets.BobHttp);
        Assert.Empty((await sheets.GetAsync("drive/v3/files", client: sheets.BobHttp))["files"]!.AsArray());

        var created = await sheets.PostAsync($"drive/v3/files/{id}/permissions?emailMessage=Have%20a%20look",
            new JsonObject { ["type"] = "user", ["role"] = "writer", ["emailAddress"] = Bob });
        Assert.Equal(["kind", "id", "type", "role"], created.Select(p => p.Key));
        Assert.Equal("drive#permission", (string)created["kind"]!);
        Assert.Equal("writer", (string)created["role"]!);
        Assert.Equal([Bob], sheets.Server.Drive.Notified(id));

        await sheets.UpdateAsync(id, "A1", SheetsApi.Rows(["from Bob"]), client: sheets.BobHttp);
        Assert.Equal("from Bob", sheets.Server.Sheets.Cell(id, "Sheet1", 0, 0)!.Formatted);
        var bobsList = await sheets.GetAsync("drive/v3/files?q=sharedWithMe&fields=files(id,ownedByMe,shared)", client: sheets.BobHttp);
        Assert.Equal(id, (string)bobsList["files"]![0]!["id"]!);
        Assert.False((bool)bobsList["files"]![0]!["ownedByMe"]!);
        Assert.True((bool)bobsList["files"]![0]!["shared"]!);

        var quiet = await sheets.PostAsync($"drive/v3/files/{id}/permissions?sendNotificationEmail=false&fields=id,emailAddress,role,type",
            new JsonObject { ["type"] = "user", ["role"] = "reader", ["emailAddress"] = SheetsApi.Carol });
        Assert.Equal(SheetsApi.Carol, (string)quiet["emailAddress"]!);
        Assert.Equal([Bob], sheets.Server.Drive.Notified(id));
        await sheets.ValuesAsync(id, "A1", client: sheets.CarolHttp);

        var permissions = sheets.Server.Drive.Permissions(id);
        Assert.Equal([Alice, Bob, SheetsApi.Carol], permissions.Select(p => (string)p["emailAddress"]!));
        Assert.Equal(["owner", "writer", "reader"], permissions.Select(p => (string)p["role"]!));
        var listed = await sheets.GetAsync($"drive/v3/files/{id}/permissions", client: sheets.BobHttp);
        Assert.Equal(3, listed["permissions"]!.AsArray().Count);
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task Create_RefusesWhatDriveRefuses()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Rules");
        var path = $"drive/v3/files/{id}/permissions";

        var anyone = await sheets.PostAsync($"{path}?sendNotificationEmail=true", new JsonObject { ["type"] = "anyone", ["role"] = "reader" }, 403);
        Assert.StartsWith("The sendNotificationEmail parameter is only applicable for permissions of type 'user' or 'group'", SheetsApi.Message(anyone));
        var link = await sheets.PostAsync(path, new JsonObject { ["type"] = "anyone", ["role"] = "reader" });
        Assert.Equal("anyoneWithLink", (string)link["id"]!);
        Assert.False((bool)link["allowFileDiscovery"]!);
        // A link opens the spreadsheet, but does not put it in the searcher's list.
        await sheets.ValuesAsync(id, "A1", client: sheets.BobHttp);
        Assert.Empty((await sheets.GetAsync("drive/v3/files", client: sheets.BobHttp))["files"]!.AsArray());
        await sheets.UpdateAsync(id, "A1", SheetsApi.Rows(["x"]), expectedStatus: 403, client: sheets.BobHttp);

        var owner = await sheets.PostAsync(path, new JsonObject { ["type"] = "user", ["role"] = "owner", ["emailAddress"] = Bob }, 403);
        Assert.Equal("The transferOwnership parameter must be enabled when the permission role is 'owner'.", SheetsApi.Message(owner));
        var stranger = await sheets.PostAsync($"{path}?sendNotificationEmail=false",
            new JsonObject { ["type"] = "user", ["role"] = "reader", ["emailAddress"] = "nobody@nowhere.example" }, 400);
        Assert.Contains("there is no Google account associated with this email address", SheetsApi.Message(stranger));
        var email = await sheets.PostAsync(path, new JsonObject { ["type"] = "anyone", ["role"] = "reader", ["emailAddress"] = Bob }, 400);
        Assert.Equal("The specified emailAddress is invalid or not applicable for the given permission type.", SheetsApi.Message(email));

        var gone = await sheets.PostAsync("drive/v3/files/nope/permissions", new JsonObject { ["type"] = "user", ["role"] = "reader", ["emailAddress"] = Bob }, 404);
        Assert.Equal("File not found: nope.", SheetsApi.Message(gone));
        await sheets.PostAsync($"{path}?sendNotificationEmail=false", new JsonObject { ["type"] = "user", ["role"] = "reader", ["emailAddress"] = SheetsApi.Carol });
        var readerShares = await sheets.PostAsync(path, new JsonObject { ["type"] = "user", ["role"] = "reader", ["emailAddress"] = Bob }, 403, sheets.BobHttp);
        Assert.Equal("The user does not have sufficient permissions for this file.", SheetsApi.Message(readerShares));
        Assert.Empty(sheets.Server.Violations);
    }

    [Fact]
    public async Task TransferOwnership_MakesTheOldOwnerAWriter()
    {
        await using var sheets = await SheetsApi.StartAsync();
        var id = sheets.Server.Sheets.AddSpreadsheet(Alice, "Handover");
        await sheets.PostAsync($"drive/v3/files/{id}/permissions?transferOwnership=true", new JsonObject { ["type"] = "user", ["role"] = "owner", ["emailAddress"] = Bob });
        var permissions = sheets.Server.Drive.Permissions(id);
        Assert.Equal([(Bob, "owner"), (Alice, "writer")], permissions.Select(p => ((string)p["emailAddress"]!, (string)p["role"]!)));
        Assert.Equal([Bob], sheets.Server.Drive.Notified(id));
        var bobs = await sheets.GetAsync("drive/v3/files?q=%27me%27%20in%20owners", client: sheets.BobHttp);
        Assert.Equal(id, (string)bobs["files"]![0]!["id"]!);
        await sheets.UpdateAsync(id, "A1", SheetsApi.Rows(["still writing"]));
        Assert.Empty(sheets.Server.Violations);
    }
}
