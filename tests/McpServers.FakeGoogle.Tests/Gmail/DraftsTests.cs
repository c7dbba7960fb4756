using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Gmail;

public sealed class DraftsTests
{
    private static JsonObject Draft(string subject, string text) =>
        new() { ["message"] = new JsonObject { ["raw"] = Base64Url(Bytes(Mail(Alice, Bob, subject, text))) } };

    [Fact]
    public async Task Drafts_CreateUpdateGetListSend()
    {
        await using var api = await StartAsync();
        var created = await api.PostJsonAsync("gmail/v1/users/me/drafts", Draft("Plan", "first version"));
        var draftId = (string)created["id"]!;
        Assert.StartsWith("r", draftId);
        Assert.Equal(["DRAFT"], created["message"]!["labelIds"]!.AsArray().Select(l => (string)l!));

        var updated = await JsonAsync(await api.Http.PutAsync($"gmail/v1/users/me/drafts/{draftId}", Json(Draft("Plan", "second version"))));
        Assert.Equal(draftId, (string)updated["id"]!);
        Assert.Single(api.Server.Gmail.Mailbox(Alice).Messages);

        var fetched = await api.GetAsync($"gmail/v1/users/me/drafts/{draftId}?format=full");
        Assert.Equal("second version", (string)fetched["message"]!["snippet"]!);
        var list = await api.GetAsync("gmail/v1/users/me/drafts?q=second");
        Assert.Equal(draftId, (string)list["drafts"]![0]!["id"]!);
        Assert.Equal([(string)updated["message"]!["id"]!], await api.ListIdsAsync("q=in:drafts"));

        var sent = await api.PostJsonAsync("gmail/v1/users/me/drafts/send", new JsonObject { ["id"] = draftId });
        Assert.Equal(["SENT"], sent["labelIds"]!.AsArray().Select(l => (string)l!));
        Assert.Empty(api.Server.Gmail.Mailbox(Alice).Drafts);
        Assert.Equal("Plan", api.Server.Gmail.Mailbox(Bob).Messages.Single().Subject);
        await api.GetAsync($"gmail/v1/users/me/drafts/{draftId}", 404);
        Assert.Empty(api.Server.Violations);
    }

    [Fact]
    public async Task Drafts_SendWithoutId_IsAViolation()
    {
        await using var api = await StartAsync();
        var error = await api.PostJsonAsync("gmail/v1/users/me/drafts/send", new JsonObject(), 400);
        Assert.Contains("$.id: required field missing for gmail.users.drafts.send", (string)error["error"]!["message"]!);
    }

    [Fact]
    public async Task Drafts_UploadVariant_StoresTheMedia()
    {
        await using var api = await StartAsync();
        var content = new ByteArrayContent(Bytes(Mail(Alice, Bob, "Uploaded draft", "body")));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var created = await JsonAsync(await api.Http.PostAsync("upload/gmail/v1/users/me/drafts?uploadType=media", content));
        Assert.Equal("Uploaded draft", api.Server.Gmail.Mailbox(Alice).Messages.Single(m => m.Id == (string)created["message"]!["id"]!).Subject);
        await api.Http.DeleteAsync($"gmail/v1/users/me/drafts/{(string)created["id"]!}");
        Assert.Empty(api.Server.Gmail.Mailbox(Alice).Messages);
    }
}
