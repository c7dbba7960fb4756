using System.Diagnostics;
using System.Text.Json.Nodes;
using McpServers.Testing;
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
    public async Task Stdout_CarriesOnlyProtocolMessages_EvenWithTraceLogging()
    {
        using var child = ChildProcess.Start(TestServerProcess.Path, ["--log-level", "trace"], redirectStdin: true);
        string[] messages =
        [
            McpHttpProbe.InitializeJson,
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}""",
            """{"jsonrpc":"2.0","id":4,"method":"no/such/method"}""",
            """{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"broadcast","arguments":{"message":"m"}}}""",
        ];
        foreach (var message in messages)
            await child.Process.StandardInput.WriteLineAsync(message);
        await child.Process.StandardInput.FlushAsync();
        await child.WaitForStdoutLineAsync(line => line.Contains("\"id\":5"), TimeSpan.FromSeconds(30));
        child.Process.StandardInput.Close();
        await child.WaitForExitAsync(TimeSpan.FromSeconds(5));

        var lines = child.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length); // 5 replies and the broadcast notification
        Assert.All(lines, line => Assert.Equal("2.0", (string?)JsonNode.Parse(line)!["jsonrpc"]));
        Assert.Contains("trce", child.Stderr);
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
