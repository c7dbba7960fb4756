using McpServers.Hosting;
using McpServers.OAuth;
using McpServers.OAuth.Cli;
using McpServers.WorkerRpc;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.TestServer;

/// <summary>A tiny server that exercises the shared host in tests: echo, add, and a broadcast notification.</summary>
public static class TestServerDefinition
{
    public static McpServerDefinition Create(bool keepsClientState = false) => new()
    {
        Name = "test",
        ExecutableName = "mcp-test-server",
        Description = "A small MCP server used by the McpServers test suite to exercise the shared hosting library.",
        DefaultPort = 3999,
        Options = [TestTools.Greeting],
        KeepsClientState = keepsClientState,
        ConfigureServices = (services, _) => services.AddSingleton<TestGate>().AddSingleton<WorkerTestState>(),
        DescribeToolError = (e, _) => e is TestKnownException ? $"Known failure: {e.Message}." : null,
        ConfigureMcp = mcp => mcp.AddTools<TestTools>(TestJson.ToolOptions).AddTools<WorkerTestTools>(TestJson.ToolOptions)
            .WithPrompts<TestPrompts>(TestJson.ToolOptions).WithResources<TestPrompts>(),
        // Started by a WorkerPool (the pool's tests), it serves the pool's worker channel instead of MCP.
        ServeStdioInstead = WorkerRpcHost.WhenPooled((services, _) => services.GetRequiredService<WorkerTestState>().ResetAsync()),
        // The auth verbs over any standards-compliant provider (--issuer): the OAuth library's tests drive them.
        Commands =
        [
            AuthCommand.Create(new OAuthClientDefinition
            {
                ExecutableName = "mcp-test-server",
                ProviderName = "test",
                EnvironmentPrefix = "TEST_OAUTH",
                DefaultScopes = ["openid", "offline_access", "api:read"],
            }),
        ],
    };
}
