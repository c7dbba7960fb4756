using System.Net.Http.Json;
using System.Text.Json;
using McpServers.OAuth.Store;
using McpServers.Testing;

namespace McpServers.Gmail.Tests;

/// <summary>The whole sign-in path: `mcp-gmail auth login` against a real OAuth server, then API calls with its token.</summary>
public sealed class OAuthPathTests
{
    [Fact]
    public async Task TokenFromAuthLogin_IsUsed_AndWhenItExpiresMidTestTheServerRenewsItAndCarriesOn()
    {
        using var oauth = await OAuthTestServer.StartAsync();
        using var introspection = new HttpClient();
        var provider = new Dictionary<string, string?>
        {
            ["GOOGLE_ISSUER"] = oauth.Issuer.AbsoluteUri,
            ["GOOGLE_CLIENT_ID"] = "test-post",
            ["GOOGLE_CLIENT_SECRET"] = OAuthTestServer.SecretOf("test-post"),
            ["GOOGLE_SCOPES"] = "api:read",
        };
        string? store = null;
        await using var gmail = await GmailHarness.StartAsync(signedIn: false, prepare: async (google, folder) =>
        {
            store = Path.Combine(folder, "oauth");
            var login = await ChildProcess.RunAsync(RepoPaths.Executable("McpServers.Gmail", "mcp-gmail"), ["auth", "login", "--client-credentials", "--account", "work"],
                environment: new Dictionary<string, string?>(provider) { [StoreDirectory.EnvironmentVariable] = store });
            Assert.True(login.ExitCode == 0, login.Stderr);
            // The fake asks the OAuth server whether a token is live (RFC 7662), as Google would know its own tokens.
            google.TokenResolver = token => Introspect(introspection, oauth, token) ? GmailHarness.Work : null;
            return provider;
        });
        var tokens = new TokenStore(store!, "google");
        var first = tokens.Find("work")!.Tokens.AccessToken;

        await gmail.OkAsync("list_labels", new { });
        gmail.Google.ExpireToken(first);
        await gmail.OkAsync("list_labels", new { });

        var renewed = tokens.Find("work")!.Tokens.AccessToken;
        Assert.NotEqual(first, renewed);
        var sent = gmail.Google.Requests.Where(r => r.Path.EndsWith("/labels", StringComparison.Ordinal)).Select(r => r.Headers["Authorization"]).ToList();
        Assert.Equal([$"Bearer {first}", $"Bearer {first}", $"Bearer {renewed}"], sent); // ok, refused (expired), renewed and sent again
    }

    private static bool Introspect(HttpClient http, OAuthTestServer oauth, string token)
    {
        using var answer = http.Send(new HttpRequestMessage(HttpMethod.Post, new Uri(oauth.Issuer, "/token/introspection"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["token"] = token, ["client_id"] = "test-post", ["client_secret"] = OAuthTestServer.SecretOf("test-post"),
            }),
        });
        using var body = JsonDocument.Parse(answer.Content.ReadAsStream());
        return body.RootElement.TryGetProperty("active", out var active) && active.GetBoolean();
    }
}
