using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using McpServers.OAuth.Http;
using McpServers.OAuth.Tokens;
using McpServers.Testing;
using Microsoft.Extensions.Time.Testing;

namespace McpServers.OAuth.Tests;

public sealed class TokenLifecycleTests(AuthorizationServer server) : IClassFixture<AuthorizationServer>
{
    [Fact]
    public async Task ExpiringToken_IsRefreshedBeforeUse_AndTheRotatedRefreshTokenIsStored()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var signIn = server.Accounts("test-post", clock);
        var (accounts, http) = (signIn.Accounts, signIn.Http);
        var first = await SignedIn.LoginAsync(accounts, "default");
        var credential = await accounts.CredentialAsync("default");

        Assert.Equal(first.Tokens.AccessToken, await credential.GetAccessTokenAsync());
        clock.Advance(first.Tokens.ExpiresAt!.Value - clock.GetUtcNow()); // the provider's lifetime has run out on our clock
        var second = await credential.GetAccessTokenAsync();
        var afterFirstRefresh = accounts.Store.Find("default")!.Tokens;
        clock.Advance(afterFirstRefresh.ExpiresAt!.Value - clock.GetUtcNow());
        var third = await credential.GetAccessTokenAsync();
        var afterSecondRefresh = accounts.Store.Find("default")!.Tokens;

        Assert.NotEqual(first.Tokens.AccessToken, second);
        Assert.Equal(second, afterFirstRefresh.AccessToken);
        Assert.NotEqual(first.Tokens.RefreshToken, afterFirstRefresh.RefreshToken); // rotated, and the new one persisted...
        Assert.NotEqual(second, third); // ...and it is the one that worked for the next refresh
        Assert.NotEqual(afterFirstRefresh.RefreshToken, afterSecondRefresh.RefreshToken);
        using var api = new HttpClient(new BearerTokenHandler(credential) { InnerHandler = new HttpClientHandler() });
        Assert.Equal("alice", (await api.GetFromJsonAsync<JsonElement>(new Uri(server.Issuer, "/me"))).GetProperty("sub").GetString());
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneRefresh()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var signIn = server.Accounts("test-post", clock);
        var (accounts, http) = (signIn.Accounts, signIn.Http);
        var first = await SignedIn.LoginAsync(accounts, "default");
        var credential = await accounts.CredentialAsync("default");
        clock.Advance(TimeSpan.FromHours(1));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => credential.GetAccessTokenAsync())));

        // One refresh for all eight: had two of them spent the same refresh token, the provider would have revoked the grant.
        Assert.Single(tokens.Distinct());
        Assert.NotEqual(first.Tokens.AccessToken, tokens[0]);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.NotEqual(tokens[0], await credential.GetAccessTokenAsync());
    }

    [Fact]
    public async Task RejectedToken_IsRenewedOnce_AndTheRequestRetried()
    {
        using var signIn = server.Accounts();
        var (accounts, http) = (signIn.Accounts, signIn.Http);
        var first = await SignedIn.LoginAsync(accounts, "default");
        await RejectAccessTokenAsync(accounts); // still "valid" by its expiry, refused by the API
        var credential = await accounts.CredentialAsync("default");
        using var raw = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Issuer, "/me"));
        raw.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accounts.Store.Find("default")!.Tokens.AccessToken);

        var refused = await http.SendAsync(raw);
        using var api = new HttpClient(new BearerTokenHandler(credential) { InnerHandler = new HttpClientHandler() });
        var me = await api.GetFromJsonAsync<JsonElement>(new Uri(server.Issuer, "/me"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("alice", me.GetProperty("sub").GetString());
        Assert.NotEqual(first.Tokens.AccessToken, accounts.Store.Find("default")!.Tokens.AccessToken);
    }

    [Fact]
    public async Task RevokedGrant_GivesTheReLoginMessage()
    {
        using var signIn = server.Accounts();
        var (accounts, http) = (signIn.Accounts, signIn.Http);
        var first = await SignedIn.LoginAsync(accounts, "work");
        await (await accounts.ClientAsync()).RevokeAsync(first.Tokens.RefreshToken!, "refresh_token", CancellationToken.None);
        var credential = await accounts.CredentialAsync("work");

        var error = await Assert.ThrowsAsync<ReauthorizationRequiredException>(() => credential.RefreshAsync(first.Tokens.AccessToken));

        Assert.Equal("account 'work' must sign in again: run `mcp-test-server auth login --account work` (the provider no longer accepts its refresh token)", error.Message);
        Assert.DoesNotContain(first.Tokens.RefreshToken!, error.ToString());
    }

    [Fact]
    public async Task Logout_RevokesAtTheProvider_AndForgetsTheAccount()
    {
        using var signIn = server.Accounts("test-basic");
        var (accounts, http) = (signIn.Accounts, signIn.Http);
        var first = await SignedIn.LoginAsync(accounts, "default");

        var outcome = await accounts.LogoutAsync("default", CancellationToken.None);
        var provider = (await accounts.ClientAsync()).Provider;
        var reuse = await Assert.ThrowsAsync<OAuthException>(() => new TokenEndpointClient(provider, http).RefreshAsync(first.Tokens, CancellationToken.None));

        Assert.Equal("tokens revoked at the provider", outcome);
        Assert.Equal("invalid_grant", reuse.Error);
        Assert.Null(accounts.Store.Find("default"));
    }

    [Fact]
    public async Task ClientCredentials_GetAnApplicationToken_AndRenewWithoutARefreshToken()
    {
        using var scratch = new Scratch();
        using var http = new HttpClient();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = server.Settings("test-post", scratch.Path) with { Scopes = "api:read" };
        var accounts = new OAuthAccounts(AuthorizationServer.Definition, settings, http, clock);

        var stored = await accounts.LoginWithClientCredentialsAsync("service", CancellationToken.None);
        var credential = await accounts.CredentialAsync("service");
        clock.Advance(TimeSpan.FromHours(1));
        var renewed = await credential.GetAccessTokenAsync();
        var introspection = await Introspect(http, renewed);

        Assert.Null(stored.Tokens.RefreshToken);
        Assert.Equal("client_credentials", stored.Grant);
        Assert.NotEqual(stored.Tokens.AccessToken, renewed);
        Assert.True(introspection.GetProperty("active").GetBoolean());
        Assert.Equal("api:read", introspection.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task DeviceFlow_ApprovedOnAnotherDevice_StoresTokens()
    {
        using var scratch = new Scratch();
        using var http = new HttpClient();
        using var browser = new TestBrowser();
        var accounts = new OAuthAccounts(AuthorizationServer.Definition, server.Settings("test-post", scratch.Path), http);
        var console = new RecordingConsole();

        var login = accounts.LoginWithDeviceAsync("tv", console, CancellationToken.None);
        var printed = await console.FirstMessage;
        var complete = printed.Split(' ', '\n', '(', ')').First(w => w.Contains("user_code=", StringComparison.Ordinal));
        var (_, page) = await browser.SignInAsync(new Uri(complete), "bob");
        var stored = await login;

        Assert.Contains("enter the code", printed);
        Assert.Contains("Sign-in Success", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("device", stored.Grant);
        Assert.NotNull(stored.Tokens.RefreshToken);
    }

    // An access token the API no longer honours (as after a provider-side reset) while its expiry says it is fine.
    private static Task RejectAccessTokenAsync(OAuthAccounts accounts) => accounts.Store.UpdateAsync(all =>
    {
        all["default"] = all["default"] with { Tokens = all["default"].Tokens with { AccessToken = "no-longer-honoured" } };
        return Task.FromResult(true);
    });

    private async Task<JsonElement> Introspect(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Issuer, "/token/introspection"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["token"] = token,
                ["client_id"] = "test-post",
                ["client_secret"] = AuthorizationServer.SecretOf("test-post"),
            }),
        };
        using var response = await http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
