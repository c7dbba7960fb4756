using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Gmail;

public sealed class LabelsAndFiltersTests
{
    private static JsonObject Label(string name) => new()
    {
        ["name"] = name,
        ["labelListVisibility"] = "labelShow",
        ["messageListVisibility"] = "show",
    };

    [Fact]
    public async Task Labels_CreateListPatchDelete()
    {
        await using var api = await StartAsync();
        var created = await api.PostJsonAsync("gmail/v1/users/me/labels", Label("Projects/Alpha"));
        Assert.Equal("Label_1", (string)created["id"]!);
        Assert.Equal("user", (string)created["type"]!);

        var list = await api.GetAsync("gmail/v1/users/me/labels");
        var names = list["labels"]!.AsArray().Select(l => (string)l!["name"]!).ToArray();
        Assert.Contains("INBOX", names);
        Assert.Contains("CATEGORY_PROMOTIONS", names);
        Assert.Contains("Projects/Alpha", names);

        var id = api.Server.Gmail.Deliver(Alice, Mail(Bob, Alice, "Alpha kickoff", "Agenda"));
        await api.PostJsonAsync($"gmail/v1/users/me/messages/{id}/modify", new JsonObject { ["addLabelIds"] = new JsonArray("Label_1") });
        Assert.Equal([id], await api.ListIdsAsync("q=label:projects-alpha"));
        var counted = await api.GetAsync("gmail/v1/users/me/labels/Label_1");
        Assert.Equal(1, (int)counted["messagesTotal"]!);
        Assert.Equal(1, (int)counted["threadsUnread"]!);

        var patched = await JsonAsync(await api.Http.PatchAsync("gmail/v1/users/me/labels/Label_1", Json(new JsonObject { ["name"] = "Alpha" })));
        Assert.Equal("Alpha", (string)patched["name"]!);
        Assert.Equal("show", (string)patched["messageListVisibility"]!);

        Assert.Equal(204, (int)(await api.Http.DeleteAsync("gmail/v1/users/me/labels/Label_1")).StatusCode);
        Assert.DoesNotContain("Label_1", api.Server.Gmail.Mailbox(Alice).Messages.Single().LabelIds);
        await api.GetAsync("gmail/v1/users/me/labels/Label_1", 404);
    }

    [Fact]
    public async Task Labels_DuplicateName_IsAConflict()
    {
        await using var api = await StartAsync();
        await api.PostJsonAsync("gmail/v1/users/me/labels", Label("Receipts"));
        var error = await api.PostJsonAsync("gmail/v1/users/me/labels", Label("receipts"), 409);
        Assert.Equal("Label name exists or conflicts", (string)error["error"]!["message"]!);
        await api.PostJsonAsync("gmail/v1/users/me/labels", Label("Inbox"), 409);
        await api.Http.DeleteAsync("gmail/v1/users/me/labels/INBOX").ContinueWith(t => Assert.Equal(400, (int)t.Result.StatusCode));
    }

    [Fact]
    public async Task Modify_UnknownOrReservedLabel_IsRefused()
    {
        await using var api = await StartAsync();
        var id = api.Server.Gmail.Deliver(Alice, Mail(Bob, Alice, "x", "y"));
        await api.PostJsonAsync($"gmail/v1/users/me/messages/{id}/modify", new JsonObject { ["addLabelIds"] = new JsonArray("Label_404") }, 400);
        await api.PostJsonAsync($"gmail/v1/users/me/messages/{id}/modify", new JsonObject { ["addLabelIds"] = new JsonArray("SENT") }, 400);
        await api.PostJsonAsync("gmail/v1/users/me/messages/unknown/modify", new JsonObject { ["addLabelIds"] = new JsonArray("STARRED") }, 404);
    }

    [Fact]
    public async Task TrashAndBatches_ChangeLabelsAndDelete()
    {
        await using var api = await StartAsync();
        var gmail = api.Server.Gmail;
        var a = gmail.Deliver(Alice, Mail(Bob, Alice, "a", "a"));
        var b = gmail.Deliver(Alice, Mail(Bob, Alice, "b", "b"));
        var trashed = await api.PostJsonAsync($"gmail/v1/users/me/messages/{a}/trash", new JsonObject());
        Assert.Equal(["TRASH", "UNREAD"], trashed["labelIds"]!.AsArray().Select(l => (string)l!));
        Assert.Equal([a], await api.ListIdsAsync("q=in:trash"));
        var restored = await JsonAsync(await api.Http.PostAsync($"gmail/v1/users/me/messages/{a}/untrash", null));
        Assert.DoesNotContain("TRASH", restored["labelIds"]!.AsArray().Select(l => (string)l!));

        var batch = await api.Http.PostAsync("gmail/v1/users/me/messages/batchModify",
            Json(new JsonObject { ["ids"] = new JsonArray(a, b), ["removeLabelIds"] = new JsonArray("UNREAD") }));
        Assert.Equal(204, (int)batch.StatusCode);
        Assert.All(gmail.Mailbox(Alice).Messages, m => Assert.DoesNotContain("UNREAD", m.LabelIds));

        var tooMany = new JsonArray(Enumerable.Range(0, 1001).Select(i => (JsonNode)$"id{i}").ToArray());
        await api.PostJsonAsync("gmail/v1/users/me/messages/batchModify", new JsonObject { ["ids"] = tooMany, ["addLabelIds"] = new JsonArray("STARRED") }, 400);

        Assert.Equal(204, (int)(await api.Http.PostAsync("gmail/v1/users/me/messages/batchDelete", Json(new JsonObject { ["ids"] = new JsonArray(a, b) }))).StatusCode);
        Assert.Empty(gmail.Mailbox(Alice).Messages);
    }

    [Fact]
    public async Task Filters_AreStoredAndAppliedToIncomingMail()
    {
        await using var api = await StartAsync();
        await api.PostJsonAsync("gmail/v1/users/me/labels", Label("Billing"));
        var filter = await api.PostJsonAsync("gmail/v1/users/me/settings/filters", new JsonObject
        {
            ["criteria"] = new JsonObject { ["from"] = "billing@shop.test", ["subject"] = "invoice" },
            ["action"] = new JsonObject { ["addLabelIds"] = new JsonArray("Label_1"), ["removeLabelIds"] = new JsonArray("INBOX") },
        });
        var filterId = (string)filter["id"]!;

        var invoice = api.Server.Gmail.Deliver(Alice, Mail("billing@shop.test", Alice, "Your invoice", "Due soon"));
        var other = api.Server.Gmail.Deliver(Alice, Mail("billing@shop.test", Alice, "Newsletter", "Sale"));
        var messages = api.Server.Gmail.Mailbox(Alice).Messages;
        Assert.Equal(["Label_1", "UNREAD"], messages.Single(m => m.Id == invoice).LabelIds);
        Assert.Equal(["INBOX", "UNREAD"], messages.Single(m => m.Id == other).LabelIds);

        var list = await api.GetAsync("gmail/v1/users/me/settings/filters");
        Assert.Equal(filterId, (string)list["filter"]![0]!["id"]!);
        Assert.Equal("invoice", (string)(await api.GetAsync($"gmail/v1/users/me/settings/filters/{filterId}"))["criteria"]!["subject"]!);
        await api.PostJsonAsync("gmail/v1/users/me/settings/filters", new JsonObject
        {
            ["criteria"] = new JsonObject { ["from"] = "x@y.test" },
            ["action"] = new JsonObject(),
        }, 400);
        Assert.Equal(204, (int)(await api.Http.DeleteAsync($"gmail/v1/users/me/settings/filters/{filterId}")).StatusCode);
        Assert.Empty(api.Server.Gmail.Mailbox(Alice).Filters);
        Assert.Empty(api.Server.Violations);
    }
}
