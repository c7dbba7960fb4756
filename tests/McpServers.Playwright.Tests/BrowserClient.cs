using System.Text.Json;
using System.Text.RegularExpressions;
using McpServers.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Playwright.Tests;

/// <summary>An MCP client of mcp-playwright with helpers to call browser tools and find refs in snapshots.</summary>
internal sealed partial class BrowserClient(McpClient client) : IAsyncDisposable
{
    public McpClient Client { get; } = client;

    public static async Task<BrowserClient> StartStdioAsync(params string[] args) =>
        new(await ExecutableLauncher.ConnectAsync("McpServers.Playwright", "mcp-playwright", args));

    public static async Task<BrowserClient> ConnectHttpAsync(Uri endpoint) =>
        new(await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint, TransportMode = HttpTransportMode.StreamableHttp }),
            new McpClientOptions { ProtocolVersion = "2025-11-25" }));

    public async Task<CallToolResult> CallAsync(string tool, object? arguments = null, string? session = null)
    {
        var dictionary = arguments is null ? [] : JsonSerializer.SerializeToElement(arguments).Deserialize<Dictionary<string, object?>>()!;
        if (session is not null)
            dictionary["session"] = session;
        return await Client.CallToolAsync(tool, dictionary);
    }

    /// <summary>Calls a tool that must succeed and returns its text.</summary>
    public async Task<string> OkAsync(string tool, object? arguments = null, string? session = null)
    {
        var result = await CallAsync(tool, arguments, session);
        var text = Text(result);
        Assert.True(result.IsError != true, $"{tool} failed: {text}");
        return text;
    }

    public static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    /// <summary>The ref of the element with this role and accessible name in a snapshot, e.g. Ref(s, "button", "Press me").</summary>
    public static string Ref(string snapshot, string role, string name)
    {
        var match = Regex.Match(snapshot, $"{Regex.Escape(role)} \"{Regex.Escape(name)}\"[^\\n]*?\\[ref=(e\\d+)\\]");
        Assert.True(match.Success, $"no {role} \"{name}\" with a ref in:\n{snapshot}");
        return match.Groups[1].Value;
    }

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
