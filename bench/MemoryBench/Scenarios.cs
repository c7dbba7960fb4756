using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol.Client;

namespace McpServers.Bench.Memory;

/// <summary>The three measurements of issue 3, each run against one server on a fresh file.</summary>
internal static class Scenarios
{
    public static async Task<double> SequentialCreatesAsync(ServerCommand server, string folder, int count)
    {
        var file = Path.Combine(folder, "sequential.jsonl");
        await using var client = await server.StartAsync(file);
        await CreateAsync(client, "warm-up");
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            await CreateAsync(client, $"entity-{i:D5}");
        return clock.Elapsed.TotalSeconds;
    }

    public static async Task<(double Seconds, int Kept)> ParallelProcessesAsync(ServerCommand server, string folder, int processes, int perProcess)
    {
        var file = Path.Combine(folder, "parallel.jsonl");
        var clients = await Task.WhenAll(Enumerable.Range(0, processes).Select(_ => server.StartAsync(file)));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (client, p) =>
        {
            for (var i = 0; i < perProcess; i++)
                await CreateAsync(client, $"p{p}-{i:D4}");
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        foreach (var client in clients)
            await client.DisposeAsync();
        await using var reader = await server.StartAsync(file);
        var graph = await reader.CallToolAsync("read_graph", new Dictionary<string, object?>());
        var kept = graph.StructuredContent!.Value.GetProperty("entities").GetArrayLength();
        return (seconds, kept);
    }

    /// <summary>Median search round trip, and the median round trip of a call that does no work (open_nodes of a missing name).</summary>
    public static async Task<(double Search, double Baseline)> SearchMedianMillisecondsAsync(ServerCommand server, string folder, int entities, int searches)
    {
        var file = Path.Combine(folder, "search.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, entities).Select(i => JsonSerializer.Serialize(new
        {
            type = "entity", name = $"entity-{i:D5}", entityType = i % 10 == 0 ? "person" : "thing",
            observations = new[] { $"observation number {i}", $"tag-{i % 500}" },
        })));
        await using var client = await server.StartAsync(file);
        var samples = new List<double>();
        var baseline = new List<double>();
        for (var i = 0; i < searches; i++)
        {
            var clock = Stopwatch.StartNew();
            await client.CallToolAsync("search_nodes", new Dictionary<string, object?> { ["query"] = $"NUMBER {i * 37 % entities}5" });
            samples.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await client.CallToolAsync("open_nodes", new Dictionary<string, object?> { ["names"] = new[] { "no such entity" } });
            baseline.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (Median(samples), Median(baseline));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static Task CreateAsync(McpClient client, string name) =>
        client.CallToolAsync("create_entities", new Dictionary<string, object?>
        {
            ["entities"] = new[] { new { name, entityType = "bench", observations = new[] { "created by memory-bench" } } },
        }).AsTask();
}
