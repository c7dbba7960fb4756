using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Hosting.Sessions;
using ModelContextProtocol.Server;

namespace McpServers.TestServer;

[McpServerToolType]
public sealed class TestTools(ServerSettings settings, McpSessionRegistry sessions)
{
    public const string BroadcastMethod = "notifications/test/broadcast";

    public static readonly ServerOption<string?> Greeting = ServerOption.Text("greeting", "Prefix added by the echo tool", "MCP_TEST_GREETING",
        defaultText: "none");

    [McpServerTool(Name = "echo"), Description("Returns the text it was given (prefixed by --greeting when set).")]
    public string Echo([Description("Text to return")] string text) => (settings.Get(Greeting) ?? "") + text;

    [McpServerTool(Name = "add"), Description("Adds two integers.")]
    public long Add([Description("First addend")] long a, [Description("Second addend")] long b) => a + b;

    [McpServerTool(Name = "worker_reset"), Description("Stands in for a pooled worker's reset tool (the pool calls it before reusing a worker).")]
    public string Reset() => "reset";

    [McpServerTool(Name = "broadcast"), Description("Sends a notification carrying the message to every open session.")]
    public async Task<string> BroadcastAsync([Description("Message to send")] string message, CancellationToken cancellationToken)
    {
        var count = sessions.Servers.Count;
        await sessions.BroadcastAsync(BroadcastMethod, new { message }, cancellationToken);
        return $"sent to {count} session(s)";
    }
}
