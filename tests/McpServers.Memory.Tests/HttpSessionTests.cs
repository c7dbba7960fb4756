using McpServers.Hosting;
using McpServers.Hosting.Sessions;
using McpServers.Memory.Resources;
using McpServers.Memory.Storage;
using McpServers.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;

namespace McpServers.Memory.Tests;

/// <summary>mcp-memory over Streamable HTTP: what a session holds goes when the session ends.</summary>
public sealed class HttpSessionTests
{
    [Fact]
    public async Task Subscription_IsDropped_WhenItsHttpSessionCloses()
    {
        using var folder = new MemoryFolder();
        await using var server = await HttpTestServer.StartAsync(MemoryServerDefinition.Create(),
            serverSettings: ServerSettings.Empty.With(MemoryFileOptions.MemoryFile, folder.FilePath));
        var subscriptions = server.Services.GetRequiredService<GraphSubscriptions>();
        var closed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Services.GetRequiredService<McpSessionRegistry>().SessionClosed += key => closed.TrySetResult(key);
        var client = await McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions { Endpoint = server.Endpoint, TransportMode = HttpTransportMode.StreamableHttp }),
            new McpClientOptions { ProtocolVersion = "2025-11-25" });
        var sessionId = client.SessionId;
        await client.SubscribeToResourceAsync("memory://knowledge-graph", (_, _) => ValueTask.CompletedTask);
        Assert.Equal(1, subscriptions.Count);

        await client.DisposeAsync(); // DELETE ends the session
        Assert.Equal(sessionId, await closed.Task.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(0, subscriptions.Count);
    }

    [Fact]
    public async Task WronglyTypedArguments_AreNamed_AndNothingIsWritten()
    {
        using var folder = new MemoryFolder();
        await using var memory = await MemoryClient.StartAsync(folder.FilePath);

        var wrongType = await memory.CallAsync("create_entities", new { entities = new[] { new { name = 5, entityType = "t", observations = Array.Empty<string>() } } });
        var missing = await memory.CallAsync("create_relations", new { relations = new[] { new { from = "a", relationType = "knows" } } });
        var notAnArray = await memory.CallAsync("delete_entities", new { entityNames = "a" });

        Assert.True(wrongType.IsError);
        Assert.Contains("entities[0].name: expected string, got number 5", MemoryClient.Text(wrongType));
        Assert.Contains("relations[0].to: expected string, got nothing (it is required)", MemoryClient.Text(missing));
        Assert.Contains("entityNames: expected array, got string \"a\"", MemoryClient.Text(notAnArray));
        Assert.Empty(folder.Lines());
    }
}
