using System.Text.Json;
using McpServers.Testing;

namespace McpServers.ProcessPool.Tests;

/// <summary>Pools whose workers are the small test server (fast to start, real processes, real MCP over stdio).</summary>
internal static class TestWorkers
{
    public static WorkerPoolOptions Options(int maxWorkers = 2, int warm = 0) => new()
    {
        Command = new WorkerCommand(RepoPaths.Executable("McpServers.TestServer", "mcp-test-server"), []),
        MaxWorkers = maxWorkers,
        WarmWorkers = warm,
        AcquireTimeout = TimeSpan.FromSeconds(2),
        IdleTimeout = TimeSpan.FromMinutes(10),
        PingInterval = TimeSpan.FromHours(1),
        PingTimeout = TimeSpan.FromSeconds(1),
    };

    public static Task<string> EchoAsync(this WorkerPool pool, string session, string text = "hi") =>
        pool.TextAsync(session, "echo", Arguments(("text", text)));

    /// <summary>Calls a tool and returns its one text block.</summary>
    public static async Task<string> TextAsync(this WorkerPool pool, string session, string tool, Dictionary<string, JsonElement>? arguments = null)
    {
        var result = await pool.CallToolAsync(session, tool, arguments);
        return ((ModelContextProtocol.Protocol.TextContentBlock)result.Content.Single()).Text;
    }

    public static Dictionary<string, JsonElement> Arguments(params (string Name, object Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => JsonSerializer.SerializeToElement(a.Value));
}
