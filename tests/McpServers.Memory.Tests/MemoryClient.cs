using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Memory.Tests;

/// <summary>The built mcp-memory, launched over stdio on a given file, with helpers to call its tools.</summary>
internal sealed class MemoryClient : IAsyncDisposable
{
    private MemoryClient(McpClient client) => Client = client;

    public McpClient Client { get; }

    public static async Task<MemoryClient> StartAsync(string memoryFile, params string[] args) =>
        new(await ExecutableLauncher.ConnectAsync("McpServers.Memory", "mcp-memory", args,
            new Dictionary<string, string?> { ["MEMORY_FILE_PATH"] = memoryFile }));

    public Task<CallToolResult> CallAsync(string tool, object arguments, CancellationToken cancellationToken = default) =>
        Client.CallToolAsync(tool, JsonSerializer.SerializeToElement(arguments).Deserialize<Dictionary<string, object?>>(), cancellationToken: cancellationToken).AsTask();

    /// <summary>Calls a tool that must succeed and returns its structured content.</summary>
    public async Task<JsonObject> CallOkAsync(string tool, object arguments)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError != true, $"{tool} failed: {Text(result)}");
        return JsonNode.Parse(result.StructuredContent!.Value.GetRawText())!.AsObject();
    }

    public Task<JsonObject> CreateEntityAsync(string name, string type = "thing", params string[] observations) =>
        CallOkAsync("create_entities", new { entities = new[] { new { name, entityType = type, observations } } });

    public static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
