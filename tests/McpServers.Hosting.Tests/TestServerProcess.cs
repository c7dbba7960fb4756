using McpServers.Testing;

namespace McpServers.Hosting.Tests;

/// <summary>The built test server executable.</summary>
internal static class TestServerProcess
{
    public static string Path => RepoPaths.Executable("McpServers.TestServer", "mcp-test-server");
}
