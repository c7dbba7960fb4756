using System.Net.Http.Headers;
using McpServers.Testing;
using McpServers.TestServer;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Hosting.Tests.Http;

/// <summary>A client whose connection drops during a long call gets the result when it reconnects (Last-Event-ID).</summary>
public sealed class ResumabilityTests
{
    [Fact]
    public async Task DroppedConnection_DuringACall_ResultArrivesOnReconnect()
    {
        await using var server = await HttpTestServer.StartAsync(TestServerDefinition.Create());
        var gate = server.Services.GetRequiredService<TestGate>();
        using var probe = new McpHttpProbe(server.Endpoint);
        var sessionId = await probe.InitializeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        string lastEventId;
        using (var call = await probe.SendAsync(
                   probe.Request(HttpMethod.Post, """{"jsonrpc":"2.0","id":41,"method":"tools/call","params":{"name":"wait_for_gate","arguments":{}}}""", sessionId),
                   HttpCompletionOption.ResponseHeadersRead))
        {
            using var events = new SseReader(await call.Content.ReadAsStreamAsync(timeout.Token));
            lastEventId = await events.NextIdAsync(timeout.Token) ?? throw new InvalidOperationException("no priming event");
            await gate.Entered.WaitAsync(timeout.Token);
        } // the connection drops here, with the call still running

        gate.Open("done after the drop");
        var resume = probe.Request(HttpMethod.Get, sessionId: sessionId);
        resume.Headers.Add("Last-Event-ID", lastEventId);
        resume.Headers.Accept.Clear();
        resume.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var resumed = await probe.SendAsync(resume, HttpCompletionOption.ResponseHeadersRead);
        using var replay = new SseReader(await resumed.Content.ReadAsStreamAsync(timeout.Token));
        var reply = await replay.NextDataAsync(timeout.Token);

        Assert.Equal(41, (int)reply!["id"]!);
        Assert.Equal("done after the drop", (string?)reply["result"]!["content"]![0]!["text"]);
    }
}
