using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using McpServers.Memory.Storage;
using McpServers.Testing;

namespace McpServers.Memory.Tests;

/// <summary>Writers SIGKILLed at random instants (mid-append, mid-checkpoint): the file always parses and keeps every acknowledged write.</summary>
public sealed class ChaosTests
{
    private static string Executable => RepoPaths.Executable("McpServers.Memory", "mcp-memory");

    [Fact]
    public async Task SigkilledWriters_NeverCorruptTheFile_NorLoseAcknowledgedWrites()
    {
        using var folder = new MemoryFolder();
        var random = new Random(20261121);
        var acknowledged = new ConcurrentBag<string>();
        var environment = new Dictionary<string, string?> { ["MEMORY_FILE_PATH"] = folder.FilePath };
        // A tiny checkpoint threshold makes kills land inside checkpoints as well as inside log appends.
        string[] args = ["--checkpoint-records", "7"];

        for (var round = 0; round < 8; round++)
        {
            var writers = new List<RawStdioMcp>();
            for (var w = 0; w < 3; w++)
                writers.Add(await RawStdioMcp.StartAsync(Executable, args, environment));
            await Task.WhenAll(writers.Select((writer, w) => WriteUntilKilledAsync(writer, $"r{round}-w{w}", random.Next(3, 40), acknowledged)));
            foreach (var writer in writers)
                writer.Dispose();

            var lines = folder.Lines();
            Assert.All(lines, line => Assert.NotNull(JsonNode.Parse(line)!["type"]));
            var graph = GraphFile.Load(folder.FilePath);
            new WriteAheadLog(folder.FilePath + ".wal").CatchUp(graph, fromStart: true);
            var missing = acknowledged.Where(name => !graph.Contains(name)).ToList();
            Assert.True(missing.Count == 0, $"round {round}: lost acknowledged writes {string.Join(", ", missing)}");
        }

        // A clean start and stop folds the log: the memory file alone then holds every acknowledged write.
        await using (var memory = await MemoryClient.StartAsync(folder.FilePath))
            await memory.CreateEntityAsync("after-chaos");
        var final = GraphFile.Load(folder.FilePath);
        Assert.All(acknowledged, name => Assert.True(final.Contains(name), $"{name} missing from the memory file"));
        Assert.True(final.Contains("after-chaos"));
    }

    private static async Task WriteUntilKilledAsync(RawStdioMcp writer, string prefix, int killAfter, ConcurrentBag<string> acknowledged)
    {
        for (var i = 0; i < killAfter; i++)
        {
            var name = $"{prefix}-{i}";
            var response = await writer.CallToolAsync("create_entities", Entities(name));
            Assert.Null(response["error"]);
            Assert.NotEqual(true, (bool?)response["result"]!["isError"]);
            acknowledged.Add(name);
        }
        // Kill while the next write is being processed: at whatever instant the signal lands.
        await writer.SendRequestWithoutWaitingAsync("tools/call", new JsonObject { ["name"] = "create_entities", ["arguments"] = Entities($"{prefix}-unacknowledged") });
        writer.Process.Kill();
        await writer.Process.WaitForExitAsync();
    }

    private static JsonObject Entities(string name) => new()
    {
        ["entities"] = new JsonArray(new JsonObject { ["name"] = name, ["entityType"] = "chaos", ["observations"] = new JsonArray("survives a SIGKILL") }),
    };
}
