using System.Net;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Http;
using McpServers.Testing;
using McpServers.TestServer;

namespace McpServers.Hosting.Tests.Http;

public sealed class RequestGuardTests
{
    private static HostSettings WithToken => new() { Transport = TransportKind.Http, AuthToken = "s3cret-token" };

    [Fact]
    public async Task MissingToken_Returns401WithBearerChallenge()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), WithToken);
        using var probe = new McpHttpProbe(server.Endpoint);

        using var response = await probe.PostAsync(McpHttpProbe.InitializeJson);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("s3cret-token-but-longer")]
    [InlineData("s3cret-toke")]
    public async Task WrongToken_Returns401InvalidToken(string token)
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), WithToken);
        using var probe = new McpHttpProbe(server.Endpoint, token);

        using var response = await probe.PostAsync(McpHttpProbe.InitializeJson);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task RightToken_IsServed()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), WithToken);
        using var probe = new McpHttpProbe(server.Endpoint, "s3cret-token");

        var sessionId = await probe.InitializeAsync();

        Assert.NotEmpty(sessionId);
    }

    [Fact]
    public async Task ForeignOrigin_Returns403()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);

        using var response = await probe.PostAsync(McpHttpProbe.InitializeJson, origin: "https://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("evil.example", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForeignOrigin_IsRefusedBeforeTheTokenIsChecked()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), WithToken);
        using var probe = new McpHttpProbe(server.Endpoint, "s3cret-token");

        using var response = await probe.PostAsync(McpHttpProbe.InitializeJson, origin: "https://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task LoopbackOrigin_IsAllowedByDefault_AndGetsCorsHeaders()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);

        using var response = await probe.PostAsync(McpHttpProbe.InitializeJson, origin: "http://localhost:6274");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost:6274", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task ConfiguredOrigin_IsAllowed_OthersAreNot()
    {
        var settings = new HostSettings { Transport = TransportKind.Http, AllowedOrigins = ["https://app.example.com"] };
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), settings);
        using var probe = new McpHttpProbe(server.Endpoint);

        using var allowed = await probe.PostAsync(McpHttpProbe.InitializeJson, origin: "https://app.example.com");
        using var refused = await probe.PostAsync(McpHttpProbe.InitializeJson, origin: "http://localhost:6274");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task ForeignHostHeader_Returns403()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);
        var request = probe.Request(HttpMethod.Post, McpHttpProbe.InitializeJson);
        request.Headers.Host = "attacker.example:80";

        using var response = await probe.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Host", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NonLoopbackHost_WithoutToken_IsRefusedAtStart()
    {
        var settings = new HostSettings { Transport = TransportKind.Http, Host = "0.0.0.0", Port = 0 };

        var error = await Assert.ThrowsAsync<UsageException>(() =>
            McpHttpServer.StartAsync(TestServerDefinition.Create(), settings, ServerSettings.Empty));

        Assert.Contains("--auth-token", error.Message);
    }
}
