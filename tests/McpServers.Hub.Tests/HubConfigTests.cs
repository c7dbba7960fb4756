using McpServers.Hub;
using McpServers.Hub.Config;

namespace McpServers.Hub.Tests;

public sealed class HubConfigTests
{
    [Fact]
    public void ClaudeDesktopFile_IsReadAsIs_WithTheHubsOwnFields()
    {
        var servers = HubConfigReader.Read("""
            {
              "mcpServers": {
                "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"], "env": { "MEMORY_FILE_PATH": "/tmp/m.jsonl" } },
                "rss": { "command": "mcp-rss", "restart": "on-failure", "healthInterval": "5s", "tools": { "deny": ["refresh"] }, "prefix": "feeds" },
                "old": { "command": "old-server", "disabled": true },
                "remote": { "type": "http", "url": "http://127.0.0.1:3000/mcp", "headers": { "Authorization": "Bearer abc123" } },
                "keys": { "command": "k", "env": { "GITHUB_TOKEN": "t1", "PLAIN": "p", "MARKED": "m1" }, "secretEnv": ["MARKED"] },
              },
              "globalShortcut": "Ctrl+Space"
            }
            """, "claude_desktop_config.json");

        Assert.Equal(["memory", "rss", "old", "remote", "keys"], servers.Select(s => s.Name));
        var memory = servers[0];
        Assert.Equal("npx", memory.Command);
        Assert.Equal(["-y", "@modelcontextprotocol/server-memory"], memory.Args);
        Assert.Equal("/tmp/m.jsonl", memory.Env["MEMORY_FILE_PATH"]);
        Assert.Equal(RestartPolicy.Always, memory.Restart);
        Assert.Equal(TimeSpan.FromSeconds(30), memory.HealthInterval);
        Assert.Equal("memory", memory.Prefix);
        var rss = servers[1];
        Assert.Equal((RestartPolicy.OnFailure, TimeSpan.FromSeconds(5), "feeds"), (rss.Restart, rss.HealthInterval, rss.Prefix));
        Assert.False(rss.Offers("refresh"));
        Assert.True(rss.Offers("get_entries"));
        Assert.True(servers[2].Disabled);
        var remote = servers[3];
        Assert.Equal(("http", new Uri("http://127.0.0.1:3000/mcp"), null), (remote.Transport, remote.Url, remote.Command));
        Assert.Equal("Bearer abc123", remote.Headers["Authorization"]);
        Assert.Contains("abc123", remote.SecretValues());
        var keys = servers[4];
        Assert.True(keys.IsSecretEnv("GITHUB_TOKEN")); // by its name
        Assert.True(keys.IsSecretEnv("MARKED")); // marked in secretEnv
        Assert.False(keys.IsSecretEnv("PLAIN"));
        Assert.Equal(["m1", "t1"], keys.SecretValues().Order());
    }

    [Theory]
    [InlineData("{\n  \"mcpServers\": {\n    \"a\": { \"command\": \"x\" \n  }\n", "config.json: line 5: not valid JSON")]
    [InlineData("""{"servers": {}}""", "expected {\"mcpServers\"")]
    [InlineData("""{"mcpServers": {"a": {"args": []}}}""", "mcpServers.a: give either \"command\" (a program run over stdio) or \"url\" (a remote server), not neither")]
    [InlineData("""{"mcpServers": {"a": {"command": 3}}}""", "mcpServers.a.command: expected a string")]
    [InlineData("""{"mcpServers": {"a": {"command": "x", "args": "y"}}}""", "mcpServers.a.args: expected an array of strings")]
    [InlineData("""{"mcpServers": {"a": {"command": "x", "restart": "sometimes"}}}""", "\"sometimes\" is not one of always, on-failure, never")]
    [InlineData("""{"mcpServers": {"a": {"command": "x", "healthInterval": "soon"}}}""", "mcpServers.a.healthInterval: \"soon\" is not a duration")]
    [InlineData("""{"mcpServers": {"a": {"command": "x", "healthInterval": "1ms"}}}""", "is not a duration from 100ms to 1 day")]
    [InlineData("""{"mcpServers": {"a": {"command": "x", "prefix": "a_"}}}""", "mcpServers.a.prefix: letters, digits, '-' and '_' only, not ending in '_'")]
    [InlineData("""{"mcpServers": {"a b": {"command": "x"}}}""", "letters, digits, '-' and '_' only")]
    [InlineData("""{"mcpServers": {"a": {"command": "x"}, "b": {"command": "y", "prefix": "a"}}}""", "servers 'a' and 'b' both use the tool prefix 'a'")]
    [InlineData("""{"mcpServers": {"a": {"url": "http://127.0.0.1:1/mcp", "command": "x"}}}""", "mcpServers.a: give either \"command\"")]
    [InlineData("""{"mcpServers": {"a": {"url": "ftp://127.0.0.1/mcp"}}}""", "mcpServers.a.url: \"ftp://127.0.0.1/mcp\" is not an http")]
    [InlineData("""{"mcpServers": {"a": {"url": "http://127.0.0.1:1/mcp", "type": "stdio"}}}""", "mcpServers.a.type: \"stdio\" does not fit")]
    [InlineData("""{"mcpServers": {"a": {"command": "x", "env": {"A": "1"}, "secretEnv": ["B"]}}}""", "mcpServers.a.secretEnv: \"B\" is not in \"env\"")]
    public void FaultyFile_IsRefused_SayingWhereAndWhy(string json, string expected)
    {
        var error = Assert.Throws<HubConfigException>(() => HubConfigReader.Read(json, "config.json"));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void ToolNames_ArePrefixed_AndLongOnesCutTo64WithAStableHash()
    {
        Assert.Equal("memory__create_entities", ToolNames.Exposed("memory", "create_entities"));
        var longTool = new string('x', 70);
        var cut = ToolNames.Exposed("server", longTool);
        var other = ToolNames.Exposed("server", longTool + "y");

        Assert.Equal(64, cut.Length);
        Assert.StartsWith("server__xxxx", cut);
        Assert.Equal(cut, ToolNames.Exposed("server", longTool));
        Assert.NotEqual(cut, other);
        Assert.Equal(64, other.Length);
    }
}
