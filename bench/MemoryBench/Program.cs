using System.Globalization;
using McpServers.Bench.Memory;

// memory-bench <ours-executable> <official-index.js> <repetitions> <markdown-output>
// Runs each scenario for both servers on fresh files, alternating, and writes a table of medians and ratios.
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: memory-bench <mcp-memory> <official-server-index.js> <repetitions> <output.md>");
    return 2;
}
var ours = new ServerCommand("mcp-memory", Path.GetFullPath(args[0]), []);
var official = new ServerCommand("official 2026.8.31", "node", [Path.GetFullPath(args[1])]);
var repetitions = int.Parse(args[2], CultureInfo.InvariantCulture);
var results = new Dictionary<(string Scenario, string Server), List<double>>();
var kept = new Dictionary<string, List<int>>();

var round = 0;
void Record(string scenario, ServerCommand server, double value)
{
    Console.Error.WriteLine($"  round {round} {scenario} {server.Label}: {value:0.###}");
    if (round == 0)
        return;
    if (!results.TryGetValue((scenario, server.Label), out var list))
        results[(scenario, server.Label)] = list = [];
    list.Add(value);
}

// Round 0 warms up this process's JIT and is discarded, so neither server pays for the client's start.
for (var r = 0; r <= repetitions; r++)
{
    foreach (var server in new[] { ours, official })
    {
        var folder = Directory.CreateTempSubdirectory("memory-bench-").FullName;
        try
        {
            Record("1,000 sequential create_entities (s)", server, await Scenarios.SequentialCreatesAsync(server, folder, 1000));
            var (seconds, count) = await Scenarios.ParallelProcessesAsync(server, folder, 8, 200);
            Record("8 processes x 200 entities (s)", server, seconds);
            Record("8 x 200: entities kept of 1,600", server, count);
            var (search, baseline) = await Scenarios.SearchMedianMillisecondsAsync(server, folder, 10_000, 200);
            Record("search_nodes on 10,000 entities, median round trip (ms)", server, search);
            // Only meaningful for ours: the official server re-reads the whole file for the no-op call too.
            if (server == ours)
                Record("search_nodes time inside the server: round trip minus a no-op call's (ms)", server, Math.Max(0, search - baseline));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
    round++;
}

var lines = new List<string>
{
    $"| scenario (median of {repetitions} runs) | {ours.Label} | {official.Label} | ratio (official / ours) |",
    "|---|---:|---:|---:|",
};
foreach (var scenario in results.Keys.Select(k => k.Scenario).Distinct())
{
    var a = Scenarios.Median(results[(scenario, ours.Label)]);
    if (!results.ContainsKey((scenario, official.Label)))
    {
        lines.Add($"| {scenario} | {a:0.###} | n/a | |");
        continue;
    }
    var b = Scenarios.Median(results[(scenario, official.Label)]);
    var ratio = scenario.Contains("kept") ? "" : $"{b / a:0.0}x";
    var range = (string label) => scenario.Contains("kept") ? $" (min {results[(scenario, label)].Min():0})" : "";
    lines.Add($"| {scenario} | {a:0.###}{range(ours.Label)} | {b:0.###}{range(official.Label)} | {ratio} |");
}
await File.WriteAllLinesAsync(args[3], lines);
Console.WriteLine(string.Join('\n', lines));
return 0;
