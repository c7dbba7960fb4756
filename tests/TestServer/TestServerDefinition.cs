using Microsoft.Extensions.DependencyInjection;
using McpServers.Hosting;

namespace McpServers.TestServer;

/// <summary>A tiny server that exercises the shared host in tests: echo, add, and a broadcast notification.</summary>
public static class TestServerDefinition
{
    public static McpServerDefinition Create() => new()
    {
        Name = "test",
        ExecutableName = "mcp-test-server",
        Description = "A small MCP server used by the McpServers test suite to exercise the shared hosting library.",
        DefaultPort = 3999,
        Options = [new ServerOption("greeting", "Prefix added by the echo tool", "MCP_TEST_GREETING", "none")],
        ConfigureMcp = mcp => mcp.WithTools<TestTools>(),
    };
}
