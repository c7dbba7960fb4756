using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Testing;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Rss.Tests;

/// <summary>The built mcp-rss over stdio, on its own database, without background refresh (tests refresh explicitly).</summary>
internal sealed class RssClient : IAsyncDisposable
{
    private RssClient(McpClient client) => Client = client;

    public McpClient Client { get; }

    public static async Task<RssClient> StartAsync(string database, params string[] args) =>
        new(await ExecutableLauncher.ConnectAsync("McpServers.Rss", "mcp-rss",
            ["--database", database, "--no-background-refresh", "--fetch-timeout", "2s", .. args]));

    public Task<CallToolResult> CallAsync(string tool, object? arguments = null) =>
        Client.CallToolAsync(tool, arguments is null ? new Dictionary<string, object?>() : JsonSerializer.SerializeToElement(arguments).Deserialize<Dictionary<string, object?>>()).AsTask();

    public async Task<JsonObject> OkAsync(string tool, object? arguments = null)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError != true, $"{tool} failed: {Text(result)}");
        return JsonNode.Parse(result.StructuredContent!.Value.GetRawText())!.AsObject();
    }

    public static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
