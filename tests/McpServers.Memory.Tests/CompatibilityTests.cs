using System.Text.Json.Nodes;

namespace McpServers.Memory.Tests;

/// <summary>All nine tools, scripted, against the documented behaviour of the official memory server.</summary>
public sealed class CompatibilityTests
{
    private static object Entity(string name, string type, params string[] observations) => new { name, entityType = type, observations };

    private static object Relation(string from, string to, string relationType) => new { from, to, relationType };

    [Fact]
    public async Task ScriptedSequence_OfAllNineTools_MatchesOfficialSemantics_AndFileContent()
    {
        using var folder = new MemoryFolder();
        await using (var memory = await MemoryClient.StartAsync(folder.FilePath))
        {
            var created = await memory.CallOkAsync("create_entities", new
            {
                entities = new[] { Entity("Alice", "person", "likes tea", "likes tea"), Entity("Bob", "person"), Entity("Alice", "robot") },
            });
            Assert.Equal("""[{"name":"Alice","entityType":"person","observations":["likes tea"]},{"name":"Bob","entityType":"person","observations":[]}]""",
                created["entities"]!.ToJsonString());

            var again = await memory.CallOkAsync("create_entities", new { entities = new[] { Entity("Alice", "person"), Entity("Carol", "person", "c") } });
            Assert.Equal(["Carol"], Names(again["entities"]!));

            var relations = await memory.CallOkAsync("create_relations", new
            {
                relations = new[] { Relation("Alice", "Bob", "knows"), Relation("Alice", "Bob", "knows"), Relation("Bob", "Carol", "knows") },
            });
            Assert.Equal(2, relations["relations"]!.AsArray().Count);
            Assert.Empty((await memory.CallOkAsync("create_relations", new { relations = new[] { Relation("Alice", "Bob", "knows") } }))["relations"]!.AsArray());

            var dangling = await memory.CallAsync("create_relations", new { relations = new[] { Relation("Alice", "Carol", "admires"), Relation("Alice", "Zed", "knows") } });
            Assert.True(dangling.IsError);
            Assert.Contains("'Zed'", MemoryClient.Text(dangling));

            var added = await memory.CallOkAsync("add_observations", new
            {
                observations = new object[] { new { entityName = "Alice", contents = new[] { "likes tea", "plays chess" } }, new { entityName = "Bob", contents = new[] { "b1" } } },
            });
            Assert.Equal("""[{"entityName":"Alice","addedObservations":["plays chess"]},{"entityName":"Bob","addedObservations":["b1"]}]""",
                added["results"]!.ToJsonString());

            var unknown = await memory.CallAsync("add_observations", new
            {
                observations = new object[] { new { entityName = "Bob", contents = new[] { "b2" } }, new { entityName = "Nobody", contents = new[] { "x" } } },
            });
            Assert.True(unknown.IsError);
            Assert.Contains("Entity with name Nobody not found", MemoryClient.Text(unknown));

            var search = await memory.CallOkAsync("search_nodes", new { query = "CHESS" });
            Assert.Equal(["Alice"], Names(search["entities"]!));
            Assert.Equal("""[{"from":"Alice","to":"Bob","relationType":"knows"}]""", search["relations"]!.ToJsonString());

            var open = await memory.CallOkAsync("open_nodes", new { names = new[] { "Bob", "Nobody" } });
            Assert.Equal("""[{"name":"Bob","entityType":"person","observations":["b1"]}]""", open["entities"]!.ToJsonString());
            Assert.Equal(2, open["relations"]!.AsArray().Count);

            await AssertAcknowledgedAsync(memory, "delete_observations", new
            {
                deletions = new object[] { new { entityName = "Alice", observations = new[] { "likes tea" } }, new { entityName = "Nobody", observations = new[] { "x" } } },
            }, "Observations deleted successfully");
            await AssertAcknowledgedAsync(memory, "delete_relations", new { relations = new[] { Relation("Bob", "Carol", "knows"), Relation("X", "Y", "z") } },
                "Relations deleted successfully");
            await AssertAcknowledgedAsync(memory, "delete_entities", new { entityNames = new[] { "Carol", "Nobody" } }, "Entities deleted successfully");

            var graph = await memory.CallOkAsync("read_graph", new { });
            Assert.Equal("""{"entities":[{"name":"Alice","entityType":"person","observations":["plays chess"]},{"name":"Bob","entityType":"person","observations":["b1"]}],"relations":[{"from":"Alice","to":"Bob","relationType":"knows"}]}""",
                graph.ToJsonString());

            await AssertAcknowledgedAsync(memory, "delete_entities", new { entityNames = new[] { "Bob" } }, "Entities deleted successfully");
        }

        Assert.Equal(["""{"type":"entity","name":"Alice","entityType":"person","observations":["plays chess"]}"""], folder.Lines());
    }

    [Fact]
    public async Task ListedTools_HaveTheOfficialNamesInputsAndOutputSchemas()
    {
        using var folder = new MemoryFolder();
        await using var memory = await MemoryClient.StartAsync(folder.FilePath);

        var tools = (await memory.Client.ListToolsAsync()).ToDictionary(t => t.Name);

        var expectedInputs = new Dictionary<string, string>
        {
            ["create_entities"] = "entities", ["create_relations"] = "relations", ["add_observations"] = "observations",
            ["delete_entities"] = "entityNames", ["delete_observations"] = "deletions", ["delete_relations"] = "relations",
            ["search_nodes"] = "query", ["open_nodes"] = "names", ["read_graph"] = "",
        };
        Assert.Equal(expectedInputs.Keys.Order(), tools.Keys.Order());
        foreach (var (name, required) in expectedInputs)
        {
            var tool = tools[name].ProtocolTool;
            var schema = JsonNode.Parse(tool.InputSchema.GetRawText())!;
            Assert.Equal(required.Length == 0 ? [] : [required], (schema["required"]?.AsArray().Select(r => (string)r!) ?? []).ToArray());
            Assert.NotNull(tool.OutputSchema);
        }
        var entityItem = JsonNode.Parse(tools["create_entities"].ProtocolTool.InputSchema.GetRawText())!["properties"]!["entities"]!["items"]!;
        Assert.Equal(["entityType", "name", "observations"], entityItem["properties"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(tools["read_graph"].ProtocolTool.Annotations?.ReadOnlyHint);
        Assert.True(tools["delete_entities"].ProtocolTool.Annotations?.DestructiveHint);
    }

    [Fact]
    public async Task OfficialFormatFile_IsRead_AndUnknownLinesAndFieldsSurviveARewrite()
    {
        using var folder = new MemoryFolder();
        // As the official server writes it: no trailing newline; plus lines and fields it does not know.
        await File.WriteAllTextAsync(folder.FilePath, string.Join("\n",
            """{"type":"entity","name":"Ada","entityType":"person","observations":["wrote programs"],"createdAt":"2026-01-01"}""",
            """{"type":"entity","name":"Charles","entityType":"person","observations":[]}""",
            """{"type":"relation","from":"Ada","to":"Charles","relationType":"worked with","weight":0.9}""",
            """{"type":"comment","text":"kept by the user"}"""));

        await using (var memory = await MemoryClient.StartAsync(folder.FilePath))
        {
            var graph = await memory.CallOkAsync("read_graph", new { });
            Assert.Equal(["Ada", "Charles"], Names(graph["entities"]!));
            await memory.CallOkAsync("add_observations", new { observations = new[] { new { entityName = "Ada", contents = new[] { "met Babbage" } } } });
        }

        Assert.Equal(
        [
            """{"type":"entity","name":"Ada","entityType":"person","observations":["wrote programs","met Babbage"],"createdAt":"2026-01-01"}""",
            """{"type":"entity","name":"Charles","entityType":"person","observations":[]}""",
            """{"type":"relation","from":"Ada","to":"Charles","relationType":"worked with","weight":0.9}""",
            """{"type":"comment","text":"kept by the user"}""",
        ], folder.Lines());
    }

    [Fact]
    public async Task BadInput_GivesIsErrorWithTheReason()
    {
        using var folder = new MemoryFolder();
        await using var memory = await MemoryClient.StartAsync(folder.FilePath);

        var emptyName = await memory.CallAsync("create_entities", new { entities = new[] { Entity("", "person") } });
        var badPage = await memory.CallAsync("read_graph", new { offset = -1 });

        Assert.True(emptyName.IsError);
        Assert.Contains("empty", MemoryClient.Text(emptyName));
        Assert.True(badPage.IsError);
        Assert.Contains("offset", MemoryClient.Text(badPage));
    }

    private static async Task AssertAcknowledgedAsync(MemoryClient memory, string tool, object arguments, string message)
    {
        var result = await memory.CallAsync(tool, arguments);
        Assert.True(result.IsError != true, MemoryClient.Text(result));
        Assert.Equal(message, MemoryClient.Text(result));
        Assert.Equal($$"""{"success":true,"message":"{{message}}"}""", result.StructuredContent!.Value.GetRawText());
    }

    private static string[] Names(JsonNode entities) => entities.AsArray().Select(e => (string)e!["name"]!).ToArray();
}
