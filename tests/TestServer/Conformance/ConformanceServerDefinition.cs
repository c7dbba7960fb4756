using McpServers.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;

namespace McpServers.TestServer.Conformance;

/// <summary>A server with the conformance suite's tools (and logging), on the same Hosting as every server.</summary>
public static class ConformanceServerDefinition
{
    public static McpServerDefinition Create() => new()
    {
        Name = "conformance",
        ExecutableName = "mcp-conformance-server",
        Description = "The MCP conformance suite's tool scenarios, served by McpServers.Hosting.",
#pragma warning disable MCP9005 // logging/setLevel is what 2025-11-25 clients send before the logging scenario.
        ConfigureMcp = mcp => mcp
            .AddTools<ConformanceTools>(TestJson.ToolOptions)
            .WithSetLoggingLevelHandler((_, _) => ValueTask.FromResult(new EmptyResult())),
#pragma warning restore MCP9005
    };
}
