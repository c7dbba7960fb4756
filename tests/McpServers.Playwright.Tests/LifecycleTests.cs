using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.ProcessPool;
using McpServers.Testing;
using Microsoft.Extensions.Time.Testing;

namespace McpServers.Playwright.Tests;

/// <summary>No orphans: workers and their browsers die on idle expiry and with the server, however it ends.</summary>
public sealed class LifecycleTests
{
    private static string Server => RepoPaths.Executable("McpServers.Playwright", "mcp-playwright");

    [Fact]
    public async Task IdleExpiry_ReapsTheWorkerAndItsBrowser()
    {
        await using var site = await Playground.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var pool = new WorkerPool(new WorkerPoolOptions
        {
            Command = new WorkerCommand(RepoPaths.Executable("McpServers.PlaywrightWorker", "mcp-playwright-worker"), []),
            MaxWorkers = 2,
            WarmWorkers = 0,
            IdleTimeout = TimeSpan.FromMinutes(15),
            PingInterval = TimeSpan.FromHours(1),
        }, clock);
        await pool.CallToolAsync("s", "browser_navigate", new Dictionary<string, JsonElement> { ["url"] = JsonSerializer.SerializeToElement(site.Url("/").ToString()) });
        var worker = pool.ProcessIdOf("s")!.Value;
        var tree = ProcessTree.Descendants(worker).Append(worker).ToList();
        Assert.Contains(tree, pid => ProcessTree.CommandOf(pid).Contains("chromium", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromMinutes(16));
        await pool.SweepAsync();

        Assert.Empty(await ProcessTree.WaitUntilGoneAsync(tree, TimeSpan.FromSeconds(10)));
        Assert.Equal(1, pool.Metrics().Expired);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WhenTheServerEnds_NoWorkerOrBrowserOfItIsLeftWithin10Seconds(bool sigkill)
    {
        await using var site = await Playground.StartAsync();
        using var server = await RawStdioMcp.StartAsync(Server, ["--warm-workers", "1"], new Dictionary<string, string?>());
        var navigated = await server.CallToolAsync("browser_navigate", new JsonObject { ["url"] = site.Url("/").ToString() });
        Assert.Null(navigated["error"]);
        var tree = ProcessTree.Descendants(server.Process.Id);
        Assert.Contains(tree, pid => ProcessTree.CommandOf(pid).Contains("mcp-playwright-worker", StringComparison.Ordinal));
        Assert.Contains(tree, pid => ProcessTree.CommandOf(pid).Contains("chromium", StringComparison.Ordinal));

        if (sigkill)
            server.Process.Kill();
        else
            server.Process.StandardInput.Close();

        var left = await ProcessTree.WaitUntilGoneAsync(tree, TimeSpan.FromSeconds(10));
        Assert.True(left.Count == 0, "left behind: " + string.Join("; ", left.Select(p => $"{p} {ProcessTree.CommandOf(p)}")));
    }
}
