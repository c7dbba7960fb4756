using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using McpServers.OAuth.Flows;
using McpServers.OAuth.Http;

namespace McpServers.OAuth.Tests;

public sealed class CodeLoginTests(AuthorizationServer server) : IClassFixture<AuthorizationServer>
{
    [Theory]
    [InlineData("test-post")]
    [InlineData("test-basic")]
    [InlineData("test-public")]
    public async Task LoginWithCode_ThroughLoopbackReceiver_StoresTokensThatCallTheApi(string clientId)
    {
        using var scratch = new Scratch();
        using var http = new HttpClient();
        using var browser = new TestBrowser();
        var accounts = new OAuthAccounts(AuthorizationServer.Definition, server.Settings(clientId, scratch.Path), http);
        Task<(Uri Url, string Body)>? browsing = null;
        var console = new RecordingConsole(url =>
        {
            browsing = browser.SignInAsync(url);
            return true;
        });

        var stored = await accounts.LoginWithCodeAsync("work", new CodeLoginOptions(), console, CancellationToken.None);
        var (landing, page) = await browsing!;

        Assert.StartsWith("http://127.0.0.1:", landing.ToString());
        Assert.Contains("You are signed in", page);
        Assert.NotNull(stored.Tokens.RefreshToken);
        Assert.Contains("offline_access", stored.Tokens.Scope);
        Assert.Equal(stored.Tokens.AccessToken, accounts.Store.Find("work")!.Tokens.AccessToken);
        using var api = new HttpClient(new BearerTokenHandler(await accounts.CredentialAsync("work")) { InnerHandler = new HttpClientHandler() });
        var me = await api.GetFromJsonAsync<JsonElement>(new Uri(server.Issuer, "/me"));
        Assert.Equal("alice", me.GetProperty("sub").GetString());
    }

    [Fact]
    public async Task LoopbackReceiver_WrongState_IsRefused_AndTheRealAnswerStillSignsIn()
    {
        using var scratch = new Scratch();
        using var http = new HttpClient();
        using var browser = new TestBrowser();
        var accounts = new OAuthAccounts(AuthorizationServer.Definition, server.Settings("test-post", scratch.Path), http);
        var opened = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var console = new RecordingConsole(url => opened.TrySetResult(url));

        var login = accounts.LoginWithCodeAsync("default", new CodeLoginOptions(), console, CancellationToken.None);
        var url = await opened.Task;
        var redirect = System.Web.HttpUtility.ParseQueryString(url.Query)["redirect_uri"]!;
        var forged = await browser.GetAsync(new Uri($"{redirect}?code=stolen&state=not-this-one"));
        var (_, page) = await browser.SignInAsync(url);
        var stored = await login;

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Contains("state does not match", forged.Body);
        Assert.Contains("You are signed in", page);
        Assert.NotNull(stored.Tokens.AccessToken);
    }

    [Fact]
    public async Task PastedAnswer_WrongStateIsExplained_ThenTheRightOneSignsIn()
    {
        using var scratch = new Scratch();
        using var http = new HttpClient();
        using var browser = new TestBrowser();
        var accounts = new OAuthAccounts(AuthorizationServer.Definition, server.Settings("test-post", scratch.Path), http);
        var console = new RecordingConsole();

        var login = accounts.LoginWithCodeAsync("default", new CodeLoginOptions { NoBrowser = true }, console, CancellationToken.None);
        var printed = await console.FirstMessage;
        var url = new Uri(printed.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http", StringComparison.Ordinal)));
        var redirect = System.Web.HttpUtility.ParseQueryString(url.Query)["redirect_uri"]!;
        var answer = await browser.SignInUntilRedirectAsync(url, redirect);
        console.Paste(answer.ToString().Replace("state=", "state=x", StringComparison.Ordinal));
        console.Paste(answer.ToString());
        var stored = await login;

        Assert.Contains(console.Messages, m => m.StartsWith("Not accepted: the answer's state does not match", StringComparison.Ordinal));
        Assert.NotNull(stored.Tokens.RefreshToken);
    }

    [Fact]
    public async Task ProviderRefusal_EndsTheLogin_WithTheProvidersError()
    {
        using var signIn = server.Accounts();
        var (accounts, http) = (signIn.Accounts, signIn.Http);
        var console = new RecordingConsole();

        var login = accounts.LoginWithCodeAsync("default", new CodeLoginOptions { NoBrowser = true }, console, CancellationToken.None);
        var printed = await console.FirstMessage;
        var url = new Uri(printed.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http", StringComparison.Ordinal)));
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        console.Paste($"{query["redirect_uri"]}?error=access_denied&error_description=user+said+no&state={query["state"]}");
        var error = await Assert.ThrowsAsync<OAuthException>(() => login);

        Assert.Equal("access_denied", error.Error);
        Assert.Contains("user said no", error.Message);
        Assert.Null(accounts.Store.Find("default"));
    }
}
