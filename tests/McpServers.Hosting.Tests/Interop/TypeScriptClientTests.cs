using System.Text.Json.Nodes;
using McpServers.Testing;

namespace McpServers.Hosting.Tests.Interop;

/// <summary>A client no one on this project wrote (the official TypeScript SDK) talks to our launched server.</summary>
public sealed class TypeScriptClientTests
{
    [Fact]
    public async Task OfficialTypeScriptSdk_ListsToolsAndCallsOne_OverStreamableHttp()
    {
        using var server = ChildProcess.Start(TestServerProcess.Path, ["--transport", "http", "--port", "0", "--auth-token", "interop"]);
        var listening = await server.WaitForStderrLineAsync(line => line.Contains("listening on "), TimeSpan.FromSeconds(30));
        var endpoint = listening[(listening.IndexOf("listening on ", StringComparison.Ordinal) + 13)..].Trim();

        var script = Path.Combine(RepoPaths.Root, "tests", "interop", "list-tools.mjs");
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync("node",
            [script, endpoint, "interop", "add", """{"a":20,"b":22}"""], TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 0, $"node exited {exitCode}: {stderr}");
        var result = JsonNode.Parse(stdout)!;
        Assert.Equal(["add", "broadcast", "cancellation_seen", "echo", "fail", "order", "process_id", "resets", "steps_then_wait", "wait_for_gate", "whoami"], result["tools"]!.AsArray().Select(t => (string)t!).Order());
        Assert.Equal("42", (string?)result["call"]!["content"]![0]!["text"]);
        Assert.Equal("2025-11-25", (string?)result["protocolVersion"]);
    }
}
