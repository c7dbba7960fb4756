using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using McpServers.ProcessPool;

// The pool-to-worker hop: round trips of a no-op tool call (TestServer's echo) through WorkerPool to one warm worker,
// over the channel the pool uses. Usage: pool-hop-bench <worker executable> <calls> <table file>.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: pool-hop-bench <worker executable> <calls> <table file>");
    return 2;
}
var worker = args[0];
var calls = int.Parse(args[1], CultureInfo.InvariantCulture);
await using var pool = new WorkerPool(new WorkerPoolOptions
{
    Command = new WorkerCommand(worker, []),
    MaxWorkers = 1,
    WarmWorkers = 0,
});
var arguments = new Dictionary<string, JsonElement> { ["text"] = JsonSerializer.SerializeToElement("x") };
var started = Stopwatch.StartNew();
await pool.CallToolAsync("bench", "echo", arguments);
var firstCall = started.Elapsed.TotalMilliseconds;
for (var i = 0; i < 200; i++)
    await pool.CallToolAsync("bench", "echo", arguments);

var samples = new double[calls];
for (var i = 0; i < calls; i++)
{
    var one = Stopwatch.GetTimestamp();
    await pool.CallToolAsync("bench", "echo", arguments);
    samples[i] = Stopwatch.GetElapsedTime(one).TotalMicroseconds;
}
Array.Sort(samples);
string Us(double q) => samples[(int)Math.Min(samples.Length - 1, Math.Round(q * (samples.Length - 1)))].ToString("0", CultureInfo.InvariantCulture);
// The channel WorkerPool uses (shared/ProcessPool/WorkerRpcChannel.cs); bench/pool-hop.sh also runs this program as it was
// at the last commit with the MCP channel, for the row to compare with.
const string channel = "StreamJsonRpc: IWorkerRpc, System.Text.Json, header-delimited, over the worker's stdio";
File.WriteAllText(args[2], $"""
    | channel | no-op round trip, median (µs) | p95 (µs) | p99 (µs) | first call incl. worker start (ms) |
    |---|---:|---:|---:|---:|
    | {channel} | {Us(0.5)} | {Us(0.95)} | {Us(0.99)} | {firstCall.ToString("0", CultureInfo.InvariantCulture)} |

    """);
return 0;
