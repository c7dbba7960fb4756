using System.Text.Json.Nodes;
using McpServers.Memory.Storage;

namespace McpServers.Memory.Tests;

/// <summary>Many writers, one file: nothing is lost.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task TenThousandConcurrentWrites_FromOneClient_AreAllKept()
    {
        using var folder = new MemoryFolder();
        await using (var memory = await MemoryClient.StartAsync(folder.FilePath))
        {
            var writes = Enumerable.Range(0, 10_000).Select(i => memory.CreateEntityAsync($"entity-{i:D5}", "load", $"written {i}"));
            var results = await Task.WhenAll(writes);
            Assert.All(results, r => Assert.Single(r["entities"]!.AsArray()));
        }

        AssertHoldsExactly(folder.FilePath, Enumerable.Range(0, 10_000).Select(i => $"entity-{i:D5}"));
    }

    [Fact]
    public async Task FiveProcesses_TwoThousandWritesEach_AllKept_FileValid()
    {
        using var folder = new MemoryFolder();
        var processes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => MemoryClient.StartAsync(folder.FilePath)));
        try
        {
            await Task.WhenAll(processes.Select((memory, p) => WriteAsync(memory, p, 2_000, inFlight: 4)));
        }
        finally
        {
            foreach (var memory in processes)
                await memory.DisposeAsync();
        }

        AssertHoldsExactly(folder.FilePath, Enumerable.Range(0, 5).SelectMany(p => Enumerable.Range(0, 2_000).Select(i => $"p{p}-{i:D4}")));
    }

    [Fact]
    public async Task ReadsInOneProcess_SeeWritesOfAnother()
    {
        using var folder = new MemoryFolder();
        await using var writer = await MemoryClient.StartAsync(folder.FilePath);
        await using var reader = await MemoryClient.StartAsync(folder.FilePath);

        for (var i = 0; i < 20; i++)
        {
            await writer.CreateEntityAsync($"seen-{i}", "fact", $"observation {i}");
            var found = await reader.CallOkAsync("open_nodes", new { names = new[] { $"seen-{i}" } });
            Assert.Single(found["entities"]!.AsArray());
            await reader.CallOkAsync("add_observations", new { observations = new[] { new { entityName = $"seen-{i}", contents = new[] { "from reader" } } } });
            var back = await writer.CallOkAsync("open_nodes", new { names = new[] { $"seen-{i}" } });
            Assert.Equal(2, back["entities"]![0]!["observations"]!.AsArray().Count);
        }
    }

    internal static async Task WriteAsync(MemoryClient memory, int process, int count, int inFlight)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
                await memory.CreateEntityAsync($"p{process}-{i:D4}", "load");
        }));
    }

    internal static void AssertHoldsExactly(string file, IEnumerable<string> names)
    {
        var lines = File.ReadAllLines(file);
        Assert.All(lines, line => Assert.Equal("entity", (string?)JsonNode.Parse(line)!["type"]));
        var graph = GraphFile.Load(file);
        Assert.Equal(names.Order(StringComparer.Ordinal), graph.Entities.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(lines.Length, graph.EntityCount);
    }
}
