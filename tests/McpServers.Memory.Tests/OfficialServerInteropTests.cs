using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Testing;
using ModelContextProtocol.Client;

namespace McpServers.Memory.Tests;

/// <summary>A file written by either server is read by the other (the official one runs from npm, pinned in tests/interop).</summary>
public sealed class OfficialServerInteropTests
{
    private static readonly string OfficialServer = Path.Combine(RepoPaths.Root, "tests", "interop", "node_modules", "@modelcontextprotocol", "server-memory", "dist", "index.js");

    [Fact]
    public async Task FileWrittenByUs_IsReadByTheOfficialServer_AndViceVersa()
    {
        using var folder = new MemoryFolder();
        await using (var ours = await MemoryClient.StartAsync(folder.FilePath))
        {
            await ours.CreateEntityAsync("Ours", "server", "written by mcp-memory", "ünïcode \"quoted\"");
            await ours.CreateEntityAsync("Peer", "server");
            await ours.CallOkAsync("create_relations", new { relations = new[] { new { from = "Ours", to = "Peer", relationType = "replaces" } } });
        }

        await using (var official = await StartOfficialAsync(folder.FilePath))
        {
            var graph = await CallAsync(official, "read_graph", new { });
            Assert.Equal(["Ours", "Peer"], graph["entities"]!.AsArray().Select(e => (string)e!["name"]!));
            Assert.Equal("ünïcode \"quoted\"", (string?)graph["entities"]![0]!["observations"]![1]);
            Assert.Single(graph["relations"]!.AsArray());
            await CallAsync(official, "create_entities", new { entities = new[] { new { name = "Theirs", entityType = "server", observations = new[] { "written by the official server" } } } });
        }

        await using var again = await MemoryClient.StartAsync(folder.FilePath);
        var search = await again.CallOkAsync("search_nodes", new { query = "official" });
        Assert.Equal("Theirs", (string?)search["entities"]![0]!["name"]);
    }

    private static Task<McpClient> StartOfficialAsync(string memoryFile) =>
        McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "node",
            Arguments = [OfficialServer],
            EnvironmentVariables = new Dictionary<string, string?> { ["MEMORY_FILE_PATH"] = memoryFile },
        }));

    private static async Task<JsonObject> CallAsync(McpClient client, string tool, object arguments)
    {
        var result = await client.CallToolAsync(tool, JsonSerializer.SerializeToElement(arguments).Deserialize<Dictionary<string, object?>>());
        Assert.True(result.IsError != true);
        return JsonNode.Parse(result.StructuredContent!.Value.GetRawText())!.AsObject();
    }
}
