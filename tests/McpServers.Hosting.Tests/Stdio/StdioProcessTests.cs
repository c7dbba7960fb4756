using System.Diagnostics;
using System.Text.Json.Nodes;
using McpServers.Testing;
using McpServers.TestServer;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting.Tests.Stdio;

public sealed class StdioProcessTests
{
    [Fact]
    public async Task LaunchedServer_AnswersInitialize_AndExitsWithin2sOfStdinClosing()
    {
        using var child = ChildProcess.Start(TestServerProcess.Path, [], redirectStdin: true);
        await child.Process.StandardInput.WriteLineAsync(McpHttpProbe.InitializeJson);
        await child.Process.StandardInput.FlushAsync();
        var reply = await child.WaitForStdoutLineAsync(line => line.Contains("\"id\":1"), TimeSpan.FromSeconds(30));
        Assert.Equal("mcp-test-server", (string?)JsonNode.Parse(reply)!["result"]!["serverInfo"]!["name"]);

        var closed = Stopwatch.StartNew();
        child.Process.StandardInput.Close();
        var exitCode = await child.WaitForExitAsync(TimeSpan.FromSeconds(2));

        Assert.Equal(0, exitCode);
        Assert.True(closed.Elapsed < TimeSpan.FromSeconds(2), $"took {closed.Elapsed}");
    }

    [Fact]
    public async Task PipedRequests_AreAllAnswered_WhenStdinClosesRightAfterThem_AndStdoutCarriesOnlyProtocolMessages()
    {
        // As `printf '...' | mcp-memory` does: every request is written and stdin closed before the server answers any.
        using var child = ChildProcess.Start(TestServerProcess.Path, ["--log-level", "trace"], redirectStdin: true);
        string[] messages =
        [
            McpHttpProbe.InitializeJson,
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}""",
            """{"jsonrpc":"2.0","id":4,"method":"no/such/method"}""",
            """{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"broadcast","arguments":{"message":"m"}}}""",
            """{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":""",
            """{"jsonrpc":"2.0","id":"seven"}""",
            """not json at all""",
        ];
        foreach (var message in messages)
            await child.Process.StandardInput.WriteLineAsync(message);
        child.Process.StandardInput.Close();

        Assert.Equal(0, await child.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        var lines = child.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        Assert.All(lines, line => Assert.Equal("2.0", (string?)line["jsonrpc"]));
        var replies = lines.Where(line => line["id"] is not null).ToDictionary(line => line["id"]!.ToJsonString());
        Assert.Equal(["\"seven\"", "1", "2", "3", "4", "5", "6"], replies.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("mcp-test-server", (string?)replies["1"]["result"]!["serverInfo"]!["name"]);
        Assert.Equal("x", (string?)replies["3"]["result"]!["content"]![0]!["text"]);
        Assert.Equal(-32601, (int)replies["4"]["error"]!["code"]!);
        Assert.Equal(-32700, (int)replies["6"]["error"]!["code"]!);
        Assert.Equal(-32600, (int)replies["\"seven\""]["error"]!["code"]!);
        Assert.Single(lines, line => (string?)line["method"] == TestTools.BroadcastMethod);
        Assert.Equal(8, lines.Count); // 7 replies and the broadcast; the line without an id is logged, not answered
        Assert.Contains("trce", child.Stderr);
        Assert.Contains("not a JSON-RPC message", child.Stderr);
    }

    [Fact]
    public async Task ClosingStdin_DoesNotWaitForARequestTheClientCancelled()
    {
        using var child = ChildProcess.Start(TestServerProcess.Path, [], redirectStdin: true);
        await child.Process.StandardInput.WriteLineAsync(McpHttpProbe.InitializeJson);
        await child.Process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        await child.Process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"wait_for_gate","arguments":{}}}""");
        await child.Process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":2,"reason":"user"}}""");
        child.Process.StandardInput.Close();

        // The gate never opens: only the cancellation lets the server end well inside its 30 s answer grace.
        Assert.Equal(0, await child.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        var ids = child.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!["id"]?.ToJsonString());
        Assert.Equal(["1"], ids.OfType<string>()); // initialize answered; the cancelled call gets no reply
    }

    [Fact]
    public async Task Sigterm_EndsTheServerCleanly()
    {
        using var child = ChildProcess.Start(TestServerProcess.Path, [], redirectStdin: true);
        await child.Process.StandardInput.WriteLineAsync(McpHttpProbe.InitializeJson);
        await child.Process.StandardInput.FlushAsync();
        await child.WaitForStdoutLineAsync(line => line.Contains("\"id\":1"), TimeSpan.FromSeconds(30));

        Assert.Equal(0, Posix.Kill(child.Process.Id, Posix.SigTerm));
        var exitCode = await child.WaitForExitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task LaunchedServer_WorksWithTheSdkStdioClient()
    {
        await using var client = await ExecutableLauncher.ConnectAsync("McpServers.TestServer", "mcp-test-server", ["--greeting", "hello "]);

        var result = await client.CallToolAsync("echo", new Dictionary<string, object?> { ["text"] = "world" });

        Assert.Equal("hello world", Assert.IsType<TextContentBlock>(result.Content.Single()).Text);
    }
}
