using System.Net;
using System.Text.Json.Nodes;
using McpServers.Hosting.CommandLine;
using McpServers.Testing;
using McpServers.TestServer;

namespace McpServers.Hosting.Tests.Http;

public sealed class MalformedRequestTests
{
    [Theory]
    [InlineData("{not json", 400, -32700)]
    [InlineData("", 400, -32700)]
    [InlineData("""{"jsonrpc":"1.0","id":1,"method":"tools/list"}""", 400, -32600)]
    [InlineData("""{"id":1,"method":"tools/list"}""", 400, -32600)]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"method":"tools/list"}]""", 400, -32600)]
    [InlineData("42", 400, -32600)]
    public async Task BadBody_GetsJsonRpcError_AndServerKeepsServing(string body, int status, int code)
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);
        var sessionId = await probe.InitializeAsync();

        using var response = await probe.PostAsync(body, sessionId);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("2.0", (string?)error["jsonrpc"]);
        Assert.Equal(code, (int)error["error"]!["code"]!);
        await AssertStillServesAsync(probe, sessionId);
    }

    [Fact]
    public async Task UnknownMethod_GetsMethodNotFound_AndServerKeepsServing()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        using var probe = new McpHttpProbe(server.Endpoint);
        var sessionId = await probe.InitializeAsync();

        using var response = await probe.PostAsync("""{"jsonrpc":"2.0","id":5,"method":"no/such/method"}""", sessionId);
        var reply = (await McpHttpProbe.ReadMessagesAsync(response)).Single();

        Assert.Equal(5, (int)reply["id"]!);
        Assert.Equal(-32601, (int)reply["error"]!["code"]!);
        await AssertStillServesAsync(probe, sessionId);
    }

    [Fact]
    public async Task OversizedBody_Gets413_AndServerKeepsServing()
    {
        var settings = new HostSettings { Transport = TransportKind.Http, MaxRequestBodyBytes = 64 * 1024 };
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), settings);
        using var probe = new McpHttpProbe(server.Endpoint);
        var sessionId = await probe.InitializeAsync();
        var huge = """{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"echo","arguments":{"text":"TEXT"}}}""".Replace("TEXT", new string('x', 200_000));

        using var response = await probe.PostAsync(huge, sessionId);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("--max-body-bytes", await response.Content.ReadAsStringAsync());
        await AssertStillServesAsync(probe, sessionId);
    }

    [Fact]
    public async Task OversizedChunkedBody_Gets413()
    {
        var settings = new HostSettings { Transport = TransportKind.Http, MaxRequestBodyBytes = 64 * 1024 };
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), settings);
        using var probe = new McpHttpProbe(server.Endpoint);
        var sessionId = await probe.InitializeAsync();
        var request = probe.Request(HttpMethod.Post, sessionId: sessionId);
        request.Content = new StreamContent(new MemoryStream(new byte[200_000]));
        request.Headers.TransferEncodingChunked = true;

        using var response = await probe.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillServesAsync(probe, sessionId);
    }

    private static async Task AssertStillServesAsync(McpHttpProbe probe, string sessionId)
    {
        using var ok = await probe.PostAsync("""{"jsonrpc":"2.0","id":100,"method":"tools/call","params":{"name":"add","arguments":{"a":1,"b":1}}}""", sessionId);
        Assert.Equal("2", (string?)(await McpHttpProbe.ReadMessagesAsync(ok)).Single()["result"]!["content"]![0]!["text"]);
    }
}
