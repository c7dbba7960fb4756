using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using McpServers.Hosting;
using McpServers.Hosting.Sessions;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.TestServer;

[McpServerToolType]
public sealed class TestTools(ServerSettings settings, McpSessionRegistry sessions, TestGate gate)
{
    public const string BroadcastMethod = "notifications/test/broadcast";

    public static readonly ServerOption<string?> Greeting = ServerOption.Text("greeting", "Prefix added by the echo tool", "MCP_TEST_GREETING",
        defaultText: "none");

    [McpServerTool(Name = "echo"), Description("Returns the text it was given (prefixed by --greeting when set).")]
    public string Echo([Description("Text to return")] string text) => (settings.Get(Greeting) ?? "") + text;

    [McpServerTool(Name = "add"), Description("Adds two integers.")]
    public long Add([Description("First addend")] long a, [Description("Second addend")] long b) => a + b;

    [McpServerTool(Name = "broadcast"), Description("Sends a notification carrying the message to every open session.")]
    public async Task<string> BroadcastAsync([Description("Message to send")] string message, CancellationToken cancellationToken)
    {
        var count = sessions.Servers.Count;
        await sessions.BroadcastAsync(BroadcastMethod, new BroadcastMessage(message), TestJson.Default.BroadcastMessage, cancellationToken);
        return $"sent to {count} session(s)";
    }

    [McpServerTool(Name = "whoami", UseStructuredContent = true, OutputSchemaType = typeof(ClientSession)), Description("Who the server thinks is calling: the session kind and key.")]
    public CallToolResult WhoAmI(McpServer server) => ToolResults.Structured(sessions.Identify(server), TestJson.Default.ClientSession);

    [McpServerTool(Name = "order"), Description("Takes typed arguments, for argument-validation tests.")]
    public string Order(
        [Description("Colour"), AllowedValues("red", "green")] string color,
        [Description("How many")] int count,
        [Description("Items")] IReadOnlyList<OrderItem> items) => $"{count} {color} {items.Count}";

    [McpServerTool(Name = "fail"), Description("Fails the way asked: input, known or unexpected.")]
    public string Fail([Description("input, known or unexpected")] string how) => how switch
    {
        "input" => throw new ToolInputException("'how' was input: this is what a person can act on."),
        "known" => throw new TestKnownException("the disk is on fire"),
        _ => throw new InvalidOperationException("internal detail that must not reach the client"),
    };

    [McpServerTool(Name = "wait_for_gate"), Description("Returns once the test opens the gate (or the call is cancelled).")]
    public async Task<string> WaitForGateAsync(CancellationToken cancellationToken) => await gate.WaitAsync().WaitAsync(cancellationToken);
}

/// <summary>What the broadcast tool sends.</summary>
public sealed record BroadcastMessage(string Message);

/// <summary>An item of the order tool.</summary>
public sealed record OrderItem([property: Description("Item name")] string Name, [property: Description("Quantity")] int Quantity);

/// <summary>An exception the test server declares as known (see TestServerDefinition.DescribeToolError).</summary>
public sealed class TestKnownException(string message) : Exception(message);

/// <summary>A gate a tool waits on and a test opens: lets a test act while a call is in flight, without sleeping.</summary>
public sealed class TestGate
{
    private readonly TaskCompletionSource<string> _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a tool is waiting at the gate.</summary>
    public Task Entered => _entered.Task;

    public Task<string> WaitAsync()
    {
        _entered.TrySetResult();
        return _open.Task;
    }

    public void Open(string answer) => _open.TrySetResult(answer);
}
