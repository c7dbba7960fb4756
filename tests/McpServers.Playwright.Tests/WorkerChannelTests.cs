using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol;

namespace McpServers.Playwright.Tests;

/// <summary>Progress and cancellation across both hops: client → mcp-playwright → its worker (StreamJsonRpc) and back.</summary>
public sealed class WorkerChannelTests
{
    [Fact]
    public async Task WaitFor_ReportsProgress_CancelledAfterASecond_EndsPromptly_AndTheSameWorkerCarriesOn()
    {
        await using var site = await Playground.StartAsync();
        await using var browser = await BrowserClient.StartStdioAsync();
        await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });
        var worker = await WorkerOfDefaultSessionAsync(browser);
        var firstReport = new TaskCompletionSource<ProgressNotificationValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();

        var clock = Stopwatch.StartNew();
        var waiting = browser.Client.CallToolAsync("browser_wait_for", new Dictionary<string, object?> { ["time"] = 10 },
            new Reports(value => firstReport.TrySetResult(value)), cancellationToken: cancel.Token).AsTask();
        var report = await firstReport.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        // The first report comes after one second waited; the cancelled 10 s wait ends well before its time.
        Assert.Equal("Waited 1 of 10 s", report.Message);
        Assert.Equal(10, report.Total);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the cancelled wait ended after {clock.Elapsed}");
        Assert.Contains("- Page Title: Playground", await browser.OkAsync("browser_snapshot"));
        Assert.Equal(worker, await WorkerOfDefaultSessionAsync(browser));
    }

    private static async Task<int> WorkerOfDefaultSessionAsync(BrowserClient browser)
    {
        var list = await browser.CallAsync("browser_session_list");
        return list.StructuredContent!.Value.GetProperty("sessions").EnumerateArray().Single().GetProperty("processId").GetInt32();
    }

    /// <summary>Progress as it arrives, on the client's own thread.</summary>
    private sealed class Reports(Action<ProgressNotificationValue> report) : IProgress<ProgressNotificationValue>
    {
        public void Report(ProgressNotificationValue value) => report(value);
    }
}
