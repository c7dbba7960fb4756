using System.Text.Json.Nodes;
using McpServers.Hosting.CommandLine;
using McpServers.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting.Tests.CommandLine;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_ListsEveryOptionWithItsEnvironmentVariable()
    {
        var (exitCode, stdout, _) = await ChildProcess.RunAsync(TestServerProcess.Path, ["--help"]);

        Assert.Equal(0, exitCode);
        foreach (var (option, env) in new[]
                 {
                     ("--transport", "MCP_TRANSPORT"), ("--host", "MCP_HOST"), ("--port", "MCP_PORT"), ("--auth-token", "MCP_AUTH_TOKEN"),
                     ("--allowed-origins", "MCP_ALLOWED_ORIGINS"), ("--log-level", "MCP_LOG_LEVEL"), ("--stateless", "MCP_STATELESS"),
                     ("--session-idle-timeout", "MCP_SESSION_IDLE_TIMEOUT"), ("--greeting", "MCP_TEST_GREETING"),
                 })
        {
            var line = stdout.Split('\n').Single(l => l.TrimStart().StartsWith(option + " ", StringComparison.Ordinal));
            Assert.Contains($"[env: {env}]", line);
        }
        Assert.Contains("--print-config", stdout);
        Assert.Contains("--version", stdout);
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, "--bogus")]
    [InlineData(new[] { "--transport", "carrier-pigeon" }, "--transport")]
    [InlineData(new[] { "--port", "99999" }, "--port")]
    [InlineData(new[] { "--log-level", "loud" }, "--log-level")]
    [InlineData(new[] { "--session-idle-timeout", "soon" }, "--session-idle-timeout")]
    [InlineData(new[] { "--max-body-bytes", "lots" }, "--max-body-bytes")]
    [InlineData(new[] { "--transport", "http", "--host", "0.0.0.0" }, "--auth-token")]
    public async Task BadOption_PrintsOneLineNamingIt_AndExits2(string[] args, string named)
    {
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(TestServerProcess.Path, args);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("8GiB")]
    [InlineData("512k")]
    public async Task SizeOptions_Take64BitValuesAndUnits(string size)
    {
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(TestServerProcess.Path, ["--max-body-bytes", size, "--print-config"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains(size, stdout);
    }

    [Theory]
    [InlineData("2147483648", 2147483648L)]
    [InlineData("2GiB", 2147483648L)]
    [InlineData("100MB", 104857600L)]
    [InlineData("1.5k", 1536L)]
    [InlineData(" 64 KiB ", 65536L)]
    public void ByteSizeParser_ReadsBytesAndBinaryUnits(string text, long bytes)
    {
        Assert.True(ByteSizeParser.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-1")]
    [InlineData("0.5")]
    [InlineData("99999999999T")]
    public void ByteSizeParser_RefusesWhatIsNotASize(string text) => Assert.False(ByteSizeParser.TryParse(text, out _));

    [Fact]
    public async Task EnvironmentVariable_IsUsedWhenTheOptionIsAbsent()
    {
        var (exitCode, _, stderr) = await ChildProcess.RunAsync(TestServerProcess.Path, [],
            environment: new Dictionary<string, string?> { ["MCP_TRANSPORT"] = "smoke-signals" });

        Assert.Equal(2, exitCode);
        Assert.Contains("smoke-signals", stderr);
    }

    [Fact]
    public async Task Version_PrintsTheVersion()
    {
        var (exitCode, stdout, _) = await ChildProcess.RunAsync(TestServerProcess.Path, ["--version"]);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("0.1.0", stdout.Trim());
    }

    [Fact]
    public async Task PrintConfig_IsValidJson_WhoseCommandRunsAndAnswers()
    {
        var (exitCode, stdout, _) = await ChildProcess.RunAsync(TestServerProcess.Path,
            ["--greeting", "configured ", "--auth-token", "tok", "--print-config"]);

        Assert.Equal(0, exitCode);
        var entry = JsonNode.Parse(stdout)!["mcpServers"]!["test"]!;
        var command = (string)entry["command"]!;
        var args = entry["args"]!.AsArray().Select(a => (string)a!).ToList();
        Assert.True(Path.IsPathRooted(command));
        Assert.Equal(["--greeting", "configured "], args);
        Assert.Equal("tok", (string?)entry["env"]!["MCP_AUTH_TOKEN"]);

        await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = command,
            Arguments = args,
            EnvironmentVariables = entry["env"]!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value),
        }), new McpClientOptions { ProtocolVersion = "2025-11-25" });
        var result = await client.CallToolAsync("echo", new Dictionary<string, object?> { ["text"] = "server" });

        Assert.Equal("mcp-test-server", client.ServerInfo?.Name);
        Assert.Equal("configured server", Assert.IsType<TextContentBlock>(result.Content.Single()).Text);
    }
}
