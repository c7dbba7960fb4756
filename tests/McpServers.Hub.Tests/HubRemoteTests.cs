using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using McpServers.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Hub.Tests;

/// <summary>A remote server ("url" and "headers") behind the hub: mcp-memory over Streamable HTTP with its own token.</summary>
public sealed class HubRemoteTests
{
    private const string RemoteToken = "remote-token-0042";

    [Fact]
    public async Task RemoteServer_IsCalledWithItsHeaders_ItsLossIsSeen_AndAChangedUrlKeepsTheStoredToken()
    {
        var folder = Directory.CreateTempSubdirectory("mcp-hub-remote-").FullName;
        using var temp = new TempConfig(Path.Combine(folder, "config.json"));
        var memoryFile = Path.Combine(folder, "memory.jsonl");
        var remoteEnvironment = new Dictionary<string, string?> { ["MCP_AUTH_TOKEN"] = RemoteToken };
        using var remote = await HttpServerProcess.StartAsync("McpServers.Memory", "mcp-memory", remoteEnvironment, "--memory-file", memoryFile);
        var config = temp.Path;
        await File.WriteAllTextAsync(config, new JsonObject
        {
            ["mcpServers"] = new JsonObject
            {
                ["remote"] = new JsonObject
                {
                    ["url"] = remote.Endpoint.ToString(),
                    ["headers"] = new JsonObject { ["Authorization"] = $"Bearer {RemoteToken}" },
                    ["healthInterval"] = "300ms",
                },
            },
        }.ToJsonString());
        using var hub = await HttpServerProcess.StartAsync("McpServers.Hub", "mcp-hub", null, [.. HubRun.ConfigArgs(config), "--restart-delay", "200ms"]);
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = hub.Endpoint }));

        var view = await WaitForAsync(http, s => (string)s["status"]! == "running");
        Assert.Equal(("http", remote.Endpoint.ToString(), null), ((string)view["transport"]!, (string?)view["url"], (int?)view["pid"]));
        Assert.Equal(["Authorization"], view["headerNames"]!.AsArray().Select(h => (string)h!));
        Assert.Contains(await client.ListToolsAsync(), t => t.Name == "remote__create_entities");
        var created = await client.CallToolAsync("remote__create_entities", new Dictionary<string, object?>
        {
            ["entities"] = new[] { new { name = "hub", entityType = "gateway", observations = new[] { "reached over http" } } },
        });
        Assert.True(created.IsError != true, Text(created));
        Assert.Contains("reached over http", Text(await client.CallToolAsync("remote__read_graph", new Dictionary<string, object?>())));

        // The remote goes away: the hub sees it (status leaves running, with why) and says so to a caller at once.
        remote.Dispose();
        view = await WaitForAsync(http, s => (string)s["status"]! != "running" && s["lastError"] is not null);
        var down = await client.CallToolAsync("remote__read_graph", new Dictionary<string, object?>());
        Assert.True(down.IsError);

        // Moved to a new address: the entry is changed with the header left null, which keeps the stored token.
        using var moved = await HttpServerProcess.StartAsync("McpServers.Memory", "mcp-memory", remoteEnvironment, "--memory-file", memoryFile);
        var shown = (await http.GetFromJsonAsync<JsonObject>("/api/servers/remote/config"))!["entry"]!.AsObject();
        Assert.Null(shown["headers"]!["Authorization"]); // never shown
        shown["url"] = moved.Endpoint.ToString();
        var put = await http.PutAsJsonAsync("/api/servers/remote", shown);
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        Assert.Contains($"Bearer {RemoteToken}", await File.ReadAllTextAsync(config));
        await WaitForAsync(http, s => (string)s["status"]! == "running" && (string?)s["url"] == moved.Endpoint.ToString());
        Assert.Contains("reached over http", Text(await client.CallToolAsync("remote__read_graph", new Dictionary<string, object?>())));

        // The token never reaches the hub's log or its events.
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "logs")))
            Assert.DoesNotContain(RemoteToken, await File.ReadAllTextAsync(file));
    }

    private static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    private static async Task<JsonObject> WaitForAsync(HttpClient http, Func<JsonObject, bool> condition)
    {
        var body = await Polling.UntilAsync(() => http.GetStringAsync("/api/servers/remote"), b => condition(JsonNode.Parse(b)!.AsObject()),
            TimeSpan.FromSeconds(20), b => $"remote: {b}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
