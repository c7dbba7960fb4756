using System.Net.Http.Json;
using System.Text.Json;
using McpServers.OAuth.Flows;
using McpServers.OAuth.Providers;
using McpServers.Testing;

namespace McpServers.OAuth.Tests;

public sealed class DiscoveryTests(AuthorizationServer server) : IClassFixture<AuthorizationServer>
{
    [Fact]
    public async Task OpenIdConfiguration_GivesEveryEndpoint()
    {
        using var http = new HttpClient();
        var registration = new OAuthProvider { Name = "test", TokenEndpoint = server.Issuer, ClientId = "test-basic", ClientSecret = "s", ClientAuthentication = ClientAuthentication.ClientSecretBasic };

        var provider = await ProviderDiscovery.DiscoverAsync(server.Issuer, registration, http);

        Assert.Equal(new Uri(server.Issuer, "/auth"), provider.AuthorizationEndpoint);
        Assert.Equal(new Uri(server.Issuer, "/token"), provider.TokenEndpoint);
        Assert.Equal(new Uri(server.Issuer, "/token/revocation"), provider.RevocationEndpoint);
        Assert.Equal(new Uri(server.Issuer, "/device/auth"), provider.DeviceAuthorizationEndpoint);
        Assert.Equal(ClientAuthentication.ClientSecretBasic, provider.ClientAuthentication);
    }

    [Fact]
    public async Task AuthorizationServerMetadata_IsTheFallback_WhenThereIsNoOpenIdConfiguration()
    {
        // A plain OAuth server (RFC 8414 only) fronting the real provider's endpoints.
        using var real = new HttpClient();
        var openid = await real.GetFromJsonAsync<JsonElement>(new Uri(server.Issuer, "/.well-known/openid-configuration"));
        await using var site = await TestWebSite.StartAsync(new Dictionary<string, Microsoft.AspNetCore.Http.RequestDelegate>
        {
            ["/.well-known/oauth-authorization-server"] = TestWebSite.Content(JsonSerializer.Serialize(new
            {
                issuer = "plain",
                token_endpoint = openid.GetProperty("token_endpoint").GetString(),
                revocation_endpoint = openid.GetProperty("revocation_endpoint").GetString(),
            }), "application/json"),
        });
        using var scratch = new Scratch();
        var settings = server.Settings("test-post", scratch.Path) with { Issuer = site.BaseAddress.ToString(), Scopes = "api:read" };
        var accounts = new OAuthAccounts(AuthorizationServer.Definition, settings, real);

        var stored = await accounts.LoginWithClientCredentialsAsync("service", CancellationToken.None);
        var provider = (await accounts.ClientAsync()).Provider;

        Assert.Equal(new Uri(server.Issuer, "/token"), provider.TokenEndpoint);
        Assert.Null(provider.AuthorizationEndpoint);
        Assert.NotNull(stored.Tokens.AccessToken);
        var noCodeFlow = await Assert.ThrowsAsync<OAuthException>(() => accounts.LoginWithCodeAsync("x", new CodeLoginOptions(), new RecordingConsole(), CancellationToken.None));
        Assert.Contains("no authorization endpoint", noCodeFlow.Message);
    }

    [Fact]
    public async Task NoMetadataAtAll_SaysWhatWasTried()
    {
        await using var site = await TestWebSite.StartAsync(new Dictionary<string, Microsoft.AspNetCore.Http.RequestDelegate>());
        using var http = new HttpClient();
        var registration = new OAuthProvider { Name = "test", TokenEndpoint = site.BaseAddress, ClientId = "x" };

        var error = await Assert.ThrowsAsync<OAuthException>(() => ProviderDiscovery.DiscoverAsync(site.BaseAddress, registration, http));

        Assert.Contains("openid-configuration: HTTP 404", error.Message);
        Assert.Contains("oauth-authorization-server: HTTP 404", error.Message);
    }

    [Fact]
    public async Task FixedRedirectUri_OnALoopbackPort_IsListenedOn()
    {
        using var scratch = new Scratch();
        using var http = new HttpClient();
        using var browser = new TestBrowser();
        var accounts = new OAuthAccounts(AuthorizationServer.Definition, server.Settings("test-post", scratch.Path), http);
        var port = FreePort();
        Task<(Uri Url, string Body)>? browsing = null;
        var console = new RecordingConsole(url =>
        {
            browsing = browser.SignInAsync(url);
            return true;
        });

        var stored = await accounts.LoginWithCodeAsync("default", new CodeLoginOptions { RedirectUri = new Uri($"http://127.0.0.1:{port}/callback") }, console, CancellationToken.None);
        var (landing, page) = await browsing!;

        Assert.Equal($"http://127.0.0.1:{port}/callback", landing.GetLeftPart(UriPartial.Path));
        Assert.Contains("You are signed in", page);
        Assert.NotNull(stored.Tokens.RefreshToken);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
