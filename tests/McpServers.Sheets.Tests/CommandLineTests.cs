using System.Text.Json.Nodes;
using McpServers.Testing;

namespace McpServers.Sheets.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_TeachesSignIn_AndPrintConfig_IsAClaudeDesktopEntry()
    {
        var exe = RepoPaths.Executable("McpServers.Sheets", "mcp-sheets");

        var (_, help, _) = await ChildProcess.RunAsync(exe, ["--help"]);
        var (exitCode, config, stderr) = await ChildProcess.RunAsync(exe, ["--account", "work", "--print-config"]);

        Assert.Contains("mcp-sheets auth login", help);
        Assert.Contains("--service-account-key", help);
        Assert.True(exitCode == 0, stderr);
        var entry = JsonNode.Parse(config)!["mcpServers"]!["sheets"]!;
        Assert.Equal(exe, (string?)entry["command"]);
        Assert.Equal(["--account", "work"], entry["args"]!.AsArray().Select(a => (string?)a));
    }
}
