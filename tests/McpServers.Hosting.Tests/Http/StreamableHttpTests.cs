using System.Net;
using System.Text.Json.Nodes;
using McpServers.Hosting.CommandLine;
using McpServers.Testing;
using McpServers.TestServer;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting.Tests.Http;

public sealed class StreamableHttpTests
{
    [Fact]
    public async Task SdkClient_InitializeListAndCall_OverSession()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = server.Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
        }), new McpClientOptions { ProtocolVersion = "2025-11-25" });

        Assert.False(string.IsNullOrEmpty(client.SessionId));
        var tools = await client.ListToolsAsync();
        Assert.Equal(["add", "broadcast", "cancellation_seen", "echo", "fail", "order", "process_id", "resets", "steps_then_wait", "wait_for_gate", "whoami"], tools.Select(t => t.Name).Order());
        var result = await client.CallToolAsync("add", new Dictionary<string, object?> { ["a"] = 40, ["b"] = 2 });
        Assert.Equal("42", Assert.IsType<TextContentBlock>(result.Content.Single()).Text);
    }

    [Fact]
    public async Task Post_WithSessionHeader_RepliesOnSseAndKeepsSession()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);
        using var init = await probe.PostAsync(McpHttpProbe.InitializeJson);

        Assert.Equal(HttpStatusCode.OK, init.StatusCode);
        var sessionId = init.Headers.GetValues("Mcp-Session-Id").Single();
        Assert.Matches("^[A-Za-z0-9_-]{22,}$", sessionId); // 128 random bits
        var initResult = (await McpHttpProbe.ReadMessagesAsync(init)).Single();
        Assert.Equal("2025-11-25", (string?)initResult["result"]!["protocolVersion"]);

        using var call = await probe.PostAsync("""{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hi"}}}""", sessionId);
        Assert.Equal("text/event-stream", call.Content.Headers.ContentType?.MediaType);
        var reply = (await McpHttpProbe.ReadMessagesAsync(call)).Single();
        Assert.Equal(7, (int)reply["id"]!);
        Assert.Equal("hi", (string?)reply["result"]!["content"]![0]!["text"]);
    }

    [Fact]
    public async Task Notification_Post_Returns202WithoutBody()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);
        var sessionId = await probe.InitializeAsync();

        using var response = await probe.PostAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""", sessionId);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetStream_DeliversServerNotification()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);
        var sessionId = await probe.InitializeAsync();
        using var get = await probe.SendAsync(probe.Request(HttpMethod.Get, sessionId: sessionId), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("text/event-stream", get.Content.Headers.ContentType?.MediaType);
        using var events = new SseReader(await get.Content.ReadAsStreamAsync());

        using var call = await probe.PostAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"broadcast","arguments":{"message":"graph changed"}}}""", sessionId);
        Assert.Equal("sent to 1 session(s)", (string?)(await McpHttpProbe.ReadMessagesAsync(call)).Single()["result"]!["content"]![0]!["text"]);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var notification = await events.NextDataAsync(timeout.Token);
        Assert.NotNull(notification);
        Assert.Equal(TestTools.BroadcastMethod, (string?)notification["method"]);
        Assert.Equal("graph changed", (string?)notification["params"]!["message"]);
        Assert.Null(notification["id"]);
    }

    [Fact]
    public async Task Delete_EndsSession_LaterRequestsGet404()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);
        var sessionId = await probe.InitializeAsync();

        using var delete = await probe.SendAsync(probe.Request(HttpMethod.Delete, sessionId: sessionId));
        using var after = await probe.PostAsync("""{"jsonrpc":"2.0","id":3,"method":"tools/list"}""", sessionId);
        using var deleteAgain = await probe.SendAsync(probe.Request(HttpMethod.Delete, sessionId: sessionId));

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Contains("Session not found", await after.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
    }

    [Fact]
    public async Task UnknownSession_Returns404()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);

        using var post = await probe.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", sessionId: "0123456789abcdef0123456789abcdef");
        using var get = await probe.SendAsync(probe.Request(HttpMethod.Get, sessionId: "nope"));

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task RequestWithoutSession_OtherThanInitialize_Returns400()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);

        using var response = await probe.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("initialize", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnsupportedProtocolVersionHeader_Returns400NamingSupportedVersions()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);
        var sessionId = await probe.InitializeAsync();
        var request = probe.Request(HttpMethod.Post, """{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", sessionId);
        request.Headers.Add("MCP-Protocol-Version", "1999-01-01");

        using var response = await probe.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2025-11-25", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("2025-03-26")]
    [InlineData("2025-06-18")]
    [InlineData("2025-11-25")]
    public async Task OlderClients_NegotiateTheirRevision(string version)
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);

        using var init = await probe.PostAsync(McpHttpProbe.InitializeJson.Replace("2025-11-25", version));
        var sessionId = init.Headers.GetValues("Mcp-Session-Id").Single();
        var request = probe.Request(HttpMethod.Post, """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""", sessionId);
        request.Headers.Add("MCP-Protocol-Version", version);
        using var list = await probe.SendAsync(request);

        Assert.Equal(version, (string?)(await McpHttpProbe.ReadMessagesAsync(init)).Single()["result"]!["protocolVersion"]);
        Assert.Contains((await McpHttpProbe.ReadMessagesAsync(list)).Single()["result"]!["tools"]!.AsArray(), tool => (string?)tool!["name"] == "echo");
    }

    [Fact]
    public async Task Stateless_PostWithoutSession_IsServedAndGetIsRefused()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), new HostSettings { Transport = TransportKind.Http, Stateless = true });
        using var probe = new McpHttpProbe(server.Endpoint);

        using var init = await probe.PostAsync(McpHttpProbe.InitializeJson);
        using var call = await probe.PostAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"add","arguments":{"a":1,"b":2}}}""");
        using var get = await probe.SendAsync(probe.Request(HttpMethod.Get));

        Assert.False(init.Headers.Contains("Mcp-Session-Id"));
        Assert.Equal("3", (string?)(await McpHttpProbe.ReadMessagesAsync(call)).Single()["result"]!["content"]![0]!["text"]);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task MaxSessions_ExtraInitializeGets503()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), new HostSettings { Transport = TransportKind.Http, MaxSessions = 1 });
        using var probe = new McpHttpProbe(server.Endpoint);
        await probe.InitializeAsync();

        using var second = await probe.PostAsync(McpHttpProbe.InitializeJson);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Contains("--max-sessions", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_Answers200WithNameAndVersion_WithoutToken()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), new HostSettings { Transport = TransportKind.Http, AuthToken = "secret" });
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(server.BaseAddress, "healthz"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("mcp-test-server", (string?)body["name"]);
        Assert.Equal("0.1.0", (string?)body["version"]);
    }
}
