using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace McpServers.Testing;

/// <summary>
/// A stdio MCP session spoken by hand (JSON lines on stdin/stdout), for tests that need the server's PID:
/// to SIGKILL it at a chosen instant, or to watch what it writes.
/// </summary>
public sealed class RawStdioMcp : IDisposable
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private int _nextId;

    private RawStdioMcp(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public static async Task<RawStdioMcp> StartAsync(string executable, IEnumerable<string> args, IDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        var session = new RawStdioMcp(Process.Start(info)!);
        await session.RequestAsync("initialize", JsonNode.Parse(
            """{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"raw-test","version":"1"}}"""));
        await session.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "notifications/initialized" });
        return session;
    }

    /// <summary>Sends a request and returns the whole response (result or error).</summary>
    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Sends a request without waiting for the answer (to kill the server while it works on it).</summary>
    public Task SendRequestWithoutWaitingAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = Interlocked.Increment(ref _nextId), ["method"] = method, ["params"] = parameters });

    public Task<JsonObject> CallToolAsync(string tool, JsonObject arguments) =>
        RequestAsync("tools/call", new JsonObject { ["name"] = tool, ["arguments"] = arguments });

    private async Task SendAsync(JsonObject message)
    {
        await Process.StandardInput.WriteLineAsync(message.ToJsonString());
        await Process.StandardInput.FlushAsync();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            foreach (var pending in _pending.Values)
                pending.TrySetException(new IOException("the server's stdout closed"));
            return;
        }
        if (JsonNode.Parse(line) is JsonObject message && message["id"] is JsonValue id && _pending.TryRemove((int)id, out var done))
            done.TrySetResult(message);
    }

    public void Dispose()
    {
        try
        {
            if (!Process.HasExited)
                Process.Kill();
            Process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
        }
        Process.Dispose();
    }
}
