using McpServers.Testing;
using McpServers.TestServer;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting.Tests.InProcess;

/// <summary>The in-process pair every test project can use: the real SDK client and server over pipes, no process.</summary>
public sealed class InProcessPairTests
{
    [Fact]
    public async Task PipePair_CallsTools_AndDeliversServerNotifications()
    {
        await using var pair = await InProcessMcp.StartAsync(TestServerDefinition.Create(),
            ServerSettings.Empty.With(TestTools.Greeting, "in-process "));
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = pair.Client.RegisterNotificationHandler(TestTools.BroadcastMethod, (notification, _) =>
        {
            heard.TrySetResult(notification.Params!["message"]!.GetValue<string>());
            return ValueTask.CompletedTask;
        });

        var echo = await pair.Client.CallToolAsync("echo", new Dictionary<string, object?> { ["text"] = "hello" });
        await pair.Client.CallToolAsync("broadcast", new Dictionary<string, object?> { ["message"] = "to every session" });

        Assert.Equal("in-process hello", Assert.IsType<TextContentBlock>(echo.Content.Single()).Text);
        Assert.Equal("to every session", await heard.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
