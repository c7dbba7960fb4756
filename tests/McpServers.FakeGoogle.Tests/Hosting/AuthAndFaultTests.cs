using System.Net;
using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Hosting;

public sealed class AuthAndFaultTests
{
    private const string Profile = "gmail/v1/users/me/profile";

    private static void AssertError(JsonObject body, int code, string status, string reason)
    {
        var error = body["error"]!;
        Assert.Equal(code, (int)error["code"]!);
        Assert.Equal(status, (string)error["status"]!);
        Assert.Equal(reason, (string)error["errors"]![0]!["reason"]!);
        Assert.Equal("global", (string)error["errors"]![0]!["domain"]!);
        Assert.Equal((string)error["message"]!, (string)error["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task Request_WithoutToken_IsUnauthenticated()
    {
        await using var api = await StartAsync();
        using var anonymous = api.Client(null);
        var response = await anonymous.GetAsync(Profile);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
        AssertError(await JsonAsync(response, 401), 401, "UNAUTHENTICATED", "required");
    }

    [Fact]
    public async Task ExpireToken_LaterRequestsAre401WithInvalidToken()
    {
        await using var api = await StartAsync();
        Assert.Equal(Alice, (string)(await api.GetAsync(Profile))["emailAddress"]!);
        api.Server.ExpireToken(AliceToken);
        var response = await api.Http.GetAsync(Profile);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        AssertError(await JsonAsync(response, 401), 401, "UNAUTHENTICATED", "authError");

        api.Server.AddAccount(Alice, "ya29.refreshed", FullMail);
        using var refreshed = api.Client("ya29.refreshed");
        await api.GetAsync(Profile, client: refreshed);
    }

    [Fact]
    public async Task TokenResolver_MapsForeignTokensToAccounts()
    {
        await using var api = await StartAsync();
        using var foreign = api.Client("issued-by-real-oauth");
        await api.GetAsync(Profile, 401, foreign);
        api.Server.TokenResolver = token => token == "issued-by-real-oauth" ? "dora@example.com" : null;
        Assert.Equal("dora@example.com", (string)(await api.GetAsync(Profile, client: foreign))["emailAddress"]!);
        Assert.Equal("dora@example.com", api.Server.Requests[^1].Account);
    }

    [Fact]
    public async Task FailNext_429_AnswersOnceWithRetryAfter()
    {
        await using var api = await StartAsync();
        api.Server.FailNext("/messages", 429, TimeSpan.FromSeconds(7));
        await api.GetAsync(Profile); // does not match
        var response = await api.Http.GetAsync("gmail/v1/users/me/messages");
        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        AssertError(await JsonAsync(response, 429), 429, "RESOURCE_EXHAUSTED", "rateLimitExceeded");
        await api.GetAsync("gmail/v1/users/me/messages");
    }

    [Fact]
    public async Task FailNext_ServerErrorsAndCustomReason()
    {
        await using var api = await StartAsync();
        api.Server.FailNext("profile", 503);
        api.Server.FailNext("profile", 500);
        api.Server.FailNext("labels", 403, reason: "dailyLimitExceeded");
        AssertError(await api.GetAsync(Profile, 503), 503, "UNAVAILABLE", "backendError");
        AssertError(await api.GetAsync(Profile, 500), 500, "INTERNAL", "backendError");
        AssertError(await api.GetAsync("gmail/v1/users/me/labels", 403), 403, "PERMISSION_DENIED", "dailyLimitExceeded");
        await api.GetAsync(Profile);
    }

    [Fact]
    public async Task Scopes_TokenNeedsOneOfTheMethodsScopes()
    {
        await using var api = await StartAsync();
        api.Server.AddAccount("reader@example.com", "ya29.reader", Readonly);
        using var reader = api.Client("ya29.reader");
        var id = api.Server.Gmail.Deliver("reader@example.com", Mail(Bob, "reader@example.com", "Hi", "there"));
        await api.GetAsync($"gmail/v1/users/me/messages/{id}", client: reader);

        var response = await reader.PostAsync("gmail/v1/users/me/messages/send", Json(new JsonObject { ["raw"] = Base64Url(Bytes(Mail("reader@example.com", Bob, "x", "y"))) }));
        var error = await JsonAsync(response, 403);
        AssertError(error, 403, "PERMISSION_DENIED", "insufficientPermissions");
        Assert.Equal("Request had insufficient authentication scopes.", (string)error["error"]!["message"]!);
        // Deleting forever needs the full mail scope, not just modify.
        api.Server.AddAccount("modifier@example.com", "ya29.modify", "https://www.googleapis.com/auth/gmail.modify");
        using var modifier = api.Client("ya29.modify");
        await api.GetAsync("gmail/v1/users/me/messages", client: modifier);
        Assert.Equal(403, (int)(await modifier.DeleteAsync("gmail/v1/users/me/messages/x")).StatusCode);
    }

    [Fact]
    public async Task Scopes_MetadataScopeRefusesBodiesAndSearch()
    {
        await using var api = await StartAsync();
        api.Server.AddAccount("meta@example.com", "ya29.meta", MetadataOnly);
        using var meta = api.Client("ya29.meta");
        var id = api.Server.Gmail.Deliver("meta@example.com", Mail(Bob, "meta@example.com", "Hi", "there"));
        await api.GetAsync($"gmail/v1/users/me/messages/{id}?format=metadata", client: meta);
        await api.GetAsync($"gmail/v1/users/me/messages/{id}?format=full", 403, meta);
        await api.GetAsync("gmail/v1/users/me/messages?q=hi", 403, meta);
    }

    [Fact]
    public async Task OtherUsersMailbox_IsDelegationDenied()
    {
        await using var api = await StartAsync();
        await api.GetAsync($"gmail/v1/users/{Alice}/profile");
        var error = await api.GetAsync($"gmail/v1/users/{Bob}/profile", 403);
        Assert.Contains("Delegation denied", (string)error["error"]!["message"]!);
    }

    [Fact]
    public async Task Violation_IsRecordedAndAnswered400WithTheReason()
    {
        await using var api = await StartAsync();
        var error = await api.GetAsync("gmail/v1/users/me/messages?maxResult=5", 400);
        AssertError(error, 400, "INVALID_ARGUMENT", "badRequest");
        var violation = Assert.Single(api.Server.Violations);
        Assert.Equal("GET /gmail/v1/users/me/messages?maxResult=5: unknown query parameter \"maxResult\" for gmail.users.messages.list", violation);
        Assert.Equal("unknown query parameter \"maxResult\" for gmail.users.messages.list", (string)error["error"]!["message"]!);
        // Checked before authentication: a bad request is the client's bug whatever its token.
        using var anonymous = api.Client(null);
        await api.GetAsync("gmail/v1/users/me/nothing", 400, anonymous);
        Assert.Equal(2, api.Server.Violations.Count);
    }

    [Fact]
    public async Task Requests_AreRecordedWithAccountAndBody()
    {
        await using var api = await StartAsync();
        await api.PostJsonAsync("gmail/v1/users/me/labels", new JsonObject
        {
            ["name"] = "Äpfel & Birnen",
            ["labelListVisibility"] = "labelShow",
            ["messageListVisibility"] = "show",
        });
        var request = api.Server.Requests.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/gmail/v1/users/me/labels", request.Path);
        Assert.Equal("", request.Query);
        Assert.Equal(Alice, request.Account);
        Assert.Equal("Bearer " + AliceToken, request.Headers["authorization"]);
        Assert.Equal("Äpfel & Birnen", (string)request.BodyJson()!["name"]!);
    }

    [Fact]
    public async Task UnimplementedButValidMethod_Answers501()
    {
        await using var api = await StartAsync();
        var error = await api.GetAsync("gmail/v1/users/me/settings/vacation", 501);
        Assert.Contains("gmail.users.settings.getVacation", (string)error["error"]!["message"]!);
        Assert.Empty(api.Server.Violations);
    }
}
