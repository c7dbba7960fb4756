using System.Net;
using McpServers.Hosting.CommandLine;
using McpServers.Testing;
using McpServers.TestServer;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting.Tests.Http;

public sealed class LegacySseTests
{
    private static HostSettings Sse(string? token = null) => new() { Transport = TransportKind.Sse, AuthToken = token };

    [Fact]
    public async Task SdkSseClient_ListsAndCallsTools()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), Sse("tok"));
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = server.Endpoint,
            TransportMode = HttpTransportMode.Sse,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer tok" },
        }), new McpClientOptions { ProtocolVersion = "2024-11-05" });

        var tools = await client.ListToolsAsync();
        var result = await client.CallToolAsync("echo", new Dictionary<string, object?> { ["text"] = "over sse" });

        Assert.Contains(tools, t => t.Name == "broadcast");
        Assert.Equal("over sse", Assert.IsType<TextContentBlock>(result.Content.Single()).Text);
    }

    [Fact]
    public async Task SseStream_AnnouncesMessageEndpoint_AndUnknownSessionIs404()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), Sse());
        using var probe = new McpHttpProbe(server.Endpoint);
        using var stream = await probe.SendAsync(probe.Request(HttpMethod.Get), HttpCompletionOption.ResponseHeadersRead);
        using var events = new SseReader(await stream.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var endpoint = await events.NextEventAsync("endpoint", timeout.Token);
        using var unknown = new McpHttpProbe(new Uri(server.BaseAddress, "message?sessionId=unknown"));
        using var post = await unknown.PostAsync(McpHttpProbe.InitializeJson);

        Assert.StartsWith("/message?sessionId=", endpoint);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task SseTransport_AppliesTokenAndOriginRules()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), Sse("tok"));
        using var noToken = new McpHttpProbe(server.Endpoint);
        using var withToken = new McpHttpProbe(server.Endpoint, "tok");

        using var unauthorized = await noToken.SendAsync(noToken.Request(HttpMethod.Get), HttpCompletionOption.ResponseHeadersRead);
        using var forbidden = await withToken.SendAsync(withToken.Request(HttpMethod.Get, origin: "https://evil.example"), HttpCompletionOption.ResponseHeadersRead);
        using var message = new McpHttpProbe(new Uri(server.BaseAddress, "message?sessionId=x"));
        using var postUnauthorized = await message.PostAsync(McpHttpProbe.InitializeJson);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, postUnauthorized.StatusCode);
    }
}
