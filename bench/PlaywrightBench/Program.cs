using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using McpServers.Bench.Playwright;
using McpServers.Testing;
using Microsoft.AspNetCore.Http;
using ModelContextProtocol.Client;

// playwright-bench <mcp-playwright> <@playwright/mcp cli.js> <repetitions> <output.md>
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: playwright-bench <mcp-playwright> <playwright-mcp-cli.js> <repetitions> <output.md>");
    return 2;
}
var repetitions = int.Parse(args[2], CultureInfo.InvariantCulture);
var root = Environment.UserName == "root";
// The peer writes snapshots and logs into its output folder (and .playwright-mcp/ in its working directory): both go to a
// temporary folder, never into the repository.
var peerFolder = Directory.CreateTempSubdirectory("playwright-mcp-bench-").FullName;
string[] peerBrowser = ["--headless", "--isolated", "--executable-path", "/usr/bin/chromium", "--output-dir", Path.Combine(peerFolder, "output"),
    .. (root ? new[] { "--no-sandbox" } : [])];
var ours = new Peer("mcp-playwright", Path.GetFullPath(args[0]), ["--warm-workers", "1", "--max-workers", "12"],
    port => ["--transport", "http", "--port", port.ToString(CultureInfo.InvariantCulture), "--max-workers", "12", "--warm-workers", "1"], "mcp",
    Environment.CurrentDirectory);
var peer = new Peer("@playwright/mcp 0.0.83", "node", [Path.GetFullPath(args[1]), .. peerBrowser],
    port => [Path.GetFullPath(args[1]), .. peerBrowser, "--port", port.ToString(CultureInfo.InvariantCulture)], "mcp", peerFolder);

await using var site = await TestWebSite.StartAsync(new Dictionary<string, RequestDelegate>
{
    ["/"] = TestWebSite.Content("<!doctype html><title>Bench</title><h1>Small page</h1><p>Some text.</p><a href='/'>Home</a><button>Go</button>"),
});
var page = site.Url("/");
var rows = new List<string>();

async Task<double> WaitForSpareAsync(McpClient client)
{
    for (var i = 0; i < 600; i++)
    {
        var status = await client.CallToolAsync("browser_pool_status", new Dictionary<string, object?>());
        if (status.StructuredContent!.Value.GetProperty("spare").GetInt32() >= 1)
            return i;
        await Task.Delay(50);
    }
    throw new TimeoutException("no warm spare");
}

// 1. New session to first snapshot.
var newOurs = new List<double>();
var newPeer = new List<double>();
await using (var client = await ours.StartStdioAsync())
{
    for (var i = 0; i < repetitions; i++)
    {
        await WaitForSpareAsync(client);
        newOurs.Add(await Measure.MillisecondsAsync(() => Measure.NavigateAsync(client, page, $"new{i}")));
        await client.CallToolAsync("browser_session_close", new Dictionary<string, object?> { ["session"] = $"new{i}" });
    }
}
for (var i = 0; i < repetitions; i++)
{
    await using var client = await peer.StartStdioAsync();
    newPeer.Add(await Measure.MillisecondsAsync(() => Measure.NavigateAsync(client, page)));
}
rows.Add($"| new session to first snapshot (ms, median of {repetitions}) | {Measure.Median(newOurs):0} (warm spare) | {Measure.Median(newPeer):0} (cold) | {Measure.Median(newPeer) / Measure.Median(newOurs):0.0}x |");

// 2. Warm navigate + snapshot, and 3. memory of one idle session.
var warmOurs = new List<double>();
var warmPeer = new List<double>();
long pssOurs;
long pssPeer;
await using (var client = await ours.StartStdioAsync())
{
    await Measure.NavigateAsync(client, page);
    // Steady state: the spare that replaces the one this session took has finished launching its browser.
    await WaitForSpareAsync(client);
    for (var i = 0; i < 20 * repetitions; i++)
        warmOurs.Add(await Measure.MillisecondsAsync(() => Measure.NavigateAsync(client, page)));
    var sessions = await client.CallToolAsync("browser_session_list", new Dictionary<string, object?>());
    var worker = sessions.StructuredContent!.Value.GetProperty("sessions")[0].GetProperty("processId").GetInt32();
    pssOurs = Measure.PssKilobytes(ProcessTree.Descendants(worker).Append(worker));
}
{
    using var process = peer.StartHttp(Measure.FreePort());
    var port = int.Parse(process.StartInfo.ArgumentList[^1], CultureInfo.InvariantCulture);
    await Measure.WaitForPortAsync(port);
    await using (var client = await Peer.ConnectHttpAsync(new Uri($"http://localhost:{port}/mcp")))
    {
        await Measure.NavigateAsync(client, page);
        for (var i = 0; i < 20 * repetitions; i++)
            warmPeer.Add(await Measure.MillisecondsAsync(() => Measure.NavigateAsync(client, page)));
        pssPeer = Measure.PssKilobytes(ProcessTree.Descendants(process.Id).Append(process.Id));
    }
    process.Kill(entireProcessTree: true);
}
rows.Add($"| warm browser_navigate + snapshot (ms, median of {20 * repetitions}) | {Measure.Median(warmOurs):0.0} | {Measure.Median(warmPeer):0.0} | {Measure.Median(warmPeer) / Measure.Median(warmOurs):0.00}x |");
rows.Add($"| memory of one idle session (PSS, MB) | {pssOurs / 1024.0:0} (worker + its Chromium) | {pssPeer / 1024.0:0} (server + its Chromium) | |");

// 3b. Memory per session with five idle sessions: shared pages (the Chromium and Node binaries) are then split five ways.
long perSessionOurs;
long perSessionPeer;
await using (var client = await ours.StartStdioAsync())
{
    for (var i = 0; i < 5; i++)
        await Measure.NavigateAsync(client, page, $"idle{i}");
    var sessions = await client.CallToolAsync("browser_session_list", new Dictionary<string, object?>());
    var workers = sessions.StructuredContent!.Value.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("processId").GetInt32()).ToList();
    perSessionOurs = Measure.PssKilobytes(workers.SelectMany(w => ProcessTree.Descendants(w).Append(w))) / workers.Count;
}
{
    var port = Measure.FreePort();
    using var process = peer.StartHttp(port);
    await Measure.WaitForPortAsync(port);
    var clients = new List<McpClient>();
    for (var i = 0; i < 5; i++)
    {
        var client = await Peer.ConnectHttpAsync(new Uri($"http://localhost:{port}/mcp"));
        await Measure.NavigateAsync(client, page);
        clients.Add(client);
    }
    perSessionPeer = Measure.PssKilobytes(ProcessTree.Descendants(process.Id).Append(process.Id)) / 5;
    foreach (var client in clients)
        await client.DisposeAsync();
    process.Kill(entireProcessTree: true);
}
rows.Add($"| memory per session with 5 idle sessions (PSS, MB) | {perSessionOurs / 1024.0:0} (5 workers, 5 Chromiums) | {perSessionPeer / 1024.0:0} (one shared Chromium) | |");

// 4. Concurrent sessions over HTTP.
foreach (var server in new[] { ours, peer })
{
    var port = Measure.FreePort();
    using var process = server.StartHttp(port);
    await Measure.WaitForPortAsync(port);
    var endpoint = new Uri($"http://localhost:{port}/{server.HttpPath}");
    foreach (var concurrency in new[] { 1, 5, 10 })
    {
        var latencies = new List<double>();
        var ok = 0;
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            try
            {
                await using var client = await Peer.ConnectHttpAsync(endpoint);
                for (var i = 0; i < 5; i++)
                {
                    var ms = await Measure.MillisecondsAsync(() => Measure.NavigateAsync(client, page));
                    lock (latencies)
                        latencies.Add(ms);
                    Interlocked.Increment(ref ok);
                }
            }
            catch (Exception e)
            {
                Interlocked.Add(ref failed, 1);
                Console.Error.WriteLine($"  {server.Label} x{concurrency}: {e.Message.Split('\n')[0]}");
            }
        }));
        rows.Add($"| {concurrency} concurrent HTTP sessions x 5 navigations: {server.Label} | median {Measure.Median(latencies):0} ms | {ok} calls ok, {failed} clients failed | |");
    }
    process.Kill(entireProcessTree: true);
}

var header = new[]
{
    "| measurement | mcp-playwright | @playwright/mcp 0.0.83 | ratio |",
    "|---|---:|---:|---:|",
};
await File.WriteAllLinesAsync(args[3], header.Concat(rows));
Console.WriteLine(string.Join('\n', header.Concat(rows)));
Directory.Delete(peerFolder, recursive: true);
return 0;
