using System.Net;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Sessions;
using McpServers.Testing;
using McpServers.TestServer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace McpServers.Hosting.Tests.Http;

public sealed class SessionExpiryTests
{
    [Fact]
    public async Task IdleSession_IsClosedAfterTimeout_ActiveOneIsKept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var settings = new HostSettings { Transport = TransportKind.Http, SessionIdleTimeout = TimeSpan.FromMinutes(10) };
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create(), settings,
            overrideServices: services => services.AddSingleton<TimeProvider>(clock));
        using var probe = new McpHttpProbe(server.Endpoint);
        var idle = await probe.InitializeAsync();
        var active = await probe.InitializeAsync();
        var registry = server.Services.GetRequiredService<McpSessionRegistry>();
        var idleClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        registry.SessionClosed += key =>
        {
            if (key == idle)
                idleClosed.TrySetResult();
        };

        clock.Advance(TimeSpan.FromMinutes(6));
        using (await probe.PostAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/list"}""", active)) { }
        clock.Advance(TimeSpan.FromMinutes(5));
        await idleClosed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var idleCall = await probe.PostAsync("""{"jsonrpc":"2.0","id":3,"method":"tools/list"}""", idle);
        using var activeCall = await probe.PostAsync("""{"jsonrpc":"2.0","id":3,"method":"tools/list"}""", active);
        Assert.Equal(HttpStatusCode.NotFound, idleCall.StatusCode);
        Assert.Equal(HttpStatusCode.OK, activeCall.StatusCode);
        Assert.Equal(1, registry.Count);
    }
}
