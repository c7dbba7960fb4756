using System.Text.Json;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Sessions;
using McpServers.Testing;
using McpServers.TestServer;
using ModelContextProtocol.Client;

namespace McpServers.Hosting.Tests.Http;

/// <summary>Every transport tells clients apart the same way, and a request without a session never gets a shared identity.</summary>
public sealed class SessionIdentityTests
{
    private static async Task<(string Kind, string? Key)> WhoAmIAsync(McpClient client)
    {
        var result = await client.CallToolAsync("whoami", new Dictionary<string, object?>());
        var identity = result.StructuredContent!.Value;
        return (identity.GetProperty("kind").ToString(), identity.GetProperty("key") is { ValueKind: JsonValueKind.String } key ? key.GetString() : null);
    }

    private static Task<McpClient> ConnectAsync(Uri endpoint, string? protocolVersion) => McpClient.CreateAsync(
        new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint, TransportMode = HttpTransportMode.StreamableHttp }),
        new McpClientOptions { ProtocolVersion = protocolVersion });

    [Fact]
    public async Task StatefulClients_EachHaveTheirSessionAsKey()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        await using var first = await ConnectAsync(server.Endpoint, "2025-11-25");
        await using var second = await ConnectAsync(server.Endpoint, "2025-11-25");

        var (kind, key) = await WhoAmIAsync(first);
        var (_, otherKey) = await WhoAmIAsync(second);

        Assert.Equal(nameof(ClientSessionKind.Session), kind);
        Assert.Equal(first.SessionId, key);
        Assert.NotEqual(key, otherKey);
    }

    [Fact]
    public async Task ClientOfTheSessionlessRevision_HasNoKey()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        await using var client = await ConnectAsync(server.Endpoint, protocolVersion: null);

        var (kind, key) = await WhoAmIAsync(client);

        Assert.Equal("2026-07-28", client.NegotiatedProtocolVersion);
        Assert.Equal(nameof(ClientSessionKind.Sessionless), kind);
        Assert.Null(key);
    }

    [Fact]
    public async Task StatelessServer_GivesNoRequestAKey()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(),
            new HostSettings { Transport = TransportKind.Http, Stateless = true });
        await using var client = await ConnectAsync(server.Endpoint, "2025-11-25");

        var (kind, key) = await WhoAmIAsync(client);

        Assert.Equal(nameof(ClientSessionKind.Sessionless), kind);
        Assert.Null(key);
    }

    [Fact]
    public async Task InProcessAndStdioClient_IsTheStdioSession()
    {
        await using var pair = await InProcessMcp.StartAsync(TestServerDefinition.Create());

        Assert.Equal((nameof(ClientSessionKind.Stdio), McpSessionRegistry.StdioKey), await WhoAmIAsync(pair.Client));
    }

    [Fact]
    public async Task ServerThatKeepsClientState_RefusesStateless()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() =>
            HttpTestServer.StartAsync(TestServerDefinition.Create(keepsClientState: true), new HostSettings { Transport = TransportKind.Http, Stateless = true }));

        Assert.Contains("--stateless is refused", error.Message);
    }
}
