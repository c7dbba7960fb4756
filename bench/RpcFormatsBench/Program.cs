using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using McpServers.Bench.RpcFormats;
using McpServers.WorkerRpc;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using StreamJsonRpc;

// Formatter and framing for the worker channel, measured: StreamJsonRpc with System.Text.Json (header-delimited) against
// Nerdbank MessagePack (length-prefixed), each to a child process of this same program, for a no-op call and for a call
// answering a 20 KB page snapshot. Usage: rpc-formats-bench <calls> <table file>  (children: rpc-formats-bench serve-json|serve-pack).
if (args is ["serve-json"])
{
    using var rpc = WorkerRpcConnection.Create(Console.OpenStandardOutput(), Console.OpenStandardInput());
    rpc.AddLocalRpcTarget<IWorkerRpc>(new JsonWorker(), null);
    rpc.StartListening();
    await rpc.Completion;
    return 0;
}
if (args is ["serve-pack"])
{
    using var rpc = PackedConnection.Create(Console.OpenStandardOutput(), Console.OpenStandardInput());
    rpc.AddLocalRpcTarget<IPackedWorkerRpc>(new PackedWorker(), null);
    rpc.StartListening();
    await rpc.Completion;
    return 0;
}
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: rpc-formats-bench <calls> <table file>");
    return 2;
}
var calls = int.Parse(args[0], CultureInfo.InvariantCulture);
var rows = new List<string>();
foreach (var tool in new[] { "echo", "snapshot" })
{
    var arguments = new Dictionary<string, JsonElement> { ["text"] = JsonDocument.Parse("\"x\"").RootElement };
    var argumentsJson = """{"text":"x"}""";
    using (var child = Child("serve-json"))
    {
        using var rpc = WorkerRpcConnection.Create(child.StandardInput.BaseStream, child.StandardOutput.BaseStream);
        var worker = rpc.Attach<IWorkerRpc>();
        rpc.StartListening();
        rows.Add(Row("System.Text.Json, header-delimited (typed MCP objects)", tool, await MeasureAsync(() => worker.CallToolAsync(tool, arguments, null, default))));
        child.StandardInput.Close();
    }
    using (var child = Child("serve-pack"))
    {
        using var rpc = PackedConnection.Create(child.StandardInput.BaseStream, child.StandardOutput.BaseStream);
        var worker = rpc.Attach<IPackedWorkerRpc>();
        rpc.StartListening();
        rows.Add(Row("MessagePack (Nerdbank), length-prefixed (MCP JSON as strings)", tool,
            await MeasureAsync(async () => JsonSerializer.Deserialize(await worker.CallToolAsync(tool, argumentsJson, null, default), McpJsonUtilities.DefaultOptions.GetTypeInfo<CallToolResult>()))));
        child.StandardInput.Close();
    }
}
File.WriteAllText(args[1], string.Join('\n', rows) + "\n");
return 0;

Process Child(string mode) =>
    Process.Start(new ProcessStartInfo(Environment.ProcessPath!, mode) { RedirectStandardInput = true, RedirectStandardOutput = true })!;

async Task<double[]> MeasureAsync<T>(Func<Task<T>> call)
{
    for (var i = 0; i < 200; i++)
        await call();
    var samples = new double[calls];
    for (var i = 0; i < calls; i++)
    {
        var start = Stopwatch.GetTimestamp();
        await call();
        samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }
    Array.Sort(samples);
    return samples;
}

static string Row(string formatter, string tool, double[] samples)
{
    string Us(double q) => samples[(int)Math.Round(q * (samples.Length - 1))].ToString("0", CultureInfo.InvariantCulture);
    return $"| {formatter} | {(tool == "echo" ? "no-op" : "20 KB snapshot")} | {Us(0.5)} | {Us(0.95)} | {Us(0.99)} |";
}

/// <summary>The answers both workers give: a no-op echo, or a 20 KB text like a page snapshot.</summary>
internal static class Answers
{
    public static readonly string Snapshot = string.Concat(Enumerable.Range(0, 400).Select(i => $"- link \"Item {i} \\\"quoted\\\"\" [ref=e{i}]\n")).PadRight(20_000, ' ');

    public static CallToolResult For(string name, IDictionary<string, JsonElement>? arguments) =>
        new() { Content = [new TextContentBlock { Text = name == "snapshot" ? Snapshot : arguments?["text"].GetString() ?? "" }] };
}

internal sealed class JsonWorker : IWorkerRpc
{
    public Task<ListToolsResult> ListToolsAsync(CancellationToken cancellationToken) => Task.FromResult(new ListToolsResult());

    public Task<CallToolResult> CallToolAsync(string name, Dictionary<string, JsonElement>? arguments, IProgress<ProgressNotificationValue>? progress,
        CancellationToken cancellationToken) => Task.FromResult(Answers.For(name, arguments));

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> ResetAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}

internal sealed class PackedWorker : IPackedWorkerRpc
{
    public Task<string> CallToolAsync(string name, string? argumentsJson, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var arguments = argumentsJson is null ? null : JsonSerializer.Deserialize(argumentsJson, McpJsonUtilities.DefaultOptions.GetTypeInfo<IDictionary<string, JsonElement>>());
        return Task.FromResult(JsonSerializer.Serialize(Answers.For(name, arguments), McpJsonUtilities.DefaultOptions.GetTypeInfo<CallToolResult>()));
    }
}
