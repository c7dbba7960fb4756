using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Testing;

namespace McpServers.Hub.Tests;

/// <summary>The hub over stdio with real child servers: ours, and small misbehaving ones.</summary>
public sealed class SupervisionTests
{
    private static JsonObject Test() => HubRun.Ours("McpServers.TestServer", "mcp-test-server");

    [Fact]
    public async Task ThreeServers_AllRun_ToolsArePrefixed_CallsAndABatchOf20GoThrough()
    {
        await using var hub = await HubRun.StartAsync(folder => new JsonObject
        {
            ["memory"] = HubRun.Ours("McpServers.Memory", "mcp-memory", "--memory-file", Path.Combine(folder, "memory.jsonl")),
            ["rss"] = HubRun.Ours("McpServers.Rss", "mcp-rss", "--database", Path.Combine(folder, "rss.db"), "--no-background-refresh"),
            ["test"] = Test(),
        });

        foreach (var name in new[] { "memory", "rss", "test" })
            Assert.Equal("running", (await hub.ServerAsync(name)).GetProperty("status").GetString());
        var tools = (await hub.Client.ListToolsAsync()).Select(t => t.Name).ToList();
        Assert.Contains("memory__create_entities", tools);
        Assert.Contains("rss__get_entries", tools);
        Assert.Contains("test__echo", tools);
        Assert.Contains("hub_call_batch", tools);
        Assert.Equal("hi", await hub.TextAsync("test__echo", new { text = "hi" }));
        await hub.TextAsync("memory__create_entities", new { entities = new[] { new { name = "Ada", entityType = "person", observations = new[] { "wrote programs" } } } });
        Assert.Contains("wrote programs", await hub.TextAsync("memory__read_graph"));

        var calls = Enumerable.Range(0, 20).Select(i => (i % 3) switch
        {
            0 => (object)new { tool = "test__echo", arguments = new { text = $"call {i}" } },
            1 => new { tool = "memory__search_nodes", arguments = new { query = "Ada" } },
            _ => new { tool = "rss__list_feeds", arguments = new { } },
        }).ToArray();
        var batch = await hub.Client.CallToolAsync("hub_call_batch", new Dictionary<string, object?> { ["calls"] = calls, ["concurrency"] = 5 });

        var results = batch.StructuredContent!.Value.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(0, 20), results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.All(results, r => Assert.False(r.GetProperty("isError").GetBoolean(), r.ToString()));
        Assert.Equal([.. Enumerable.Range(0, 20).Where(i => i % 3 == 0).Select(i => $"call {i}")],
            results.Where(r => r.GetProperty("tool").GetString() == "test__echo").Select(r => r.GetProperty("text").GetString()));
        Assert.All(results.Where(r => r.GetProperty("tool").GetString() == "memory__search_nodes"), r => Assert.Contains("Ada", r.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task KilledChild_IsRestartedWithin2Seconds_ItsToolsListedAgain_AndClientsAreTold()
    {
        await using var hub = await HubRun.StartAsync(_ => new JsonObject { ["test"] = Test() });
        var before = (await hub.ServerAsync("test")).GetProperty("pid").GetInt32();
        hub.ForgetListChanged();

        var killed = DateTimeOffset.UtcNow;
        Assert.Equal(0, Posix.Kill(before, 9));
        var back = await hub.ListChangedUntilAsync(() => RunsAgainAsync(hub, "test", before), TimeSpan.FromSeconds(10));

        Assert.True(back - killed < TimeSpan.FromSeconds(2), $"listed again {back - killed} after the kill");
        var server = await hub.ServerAsync("test");
        Assert.Equal("running", server.GetProperty("status").GetString());
        Assert.NotEqual(before, server.GetProperty("pid").GetInt32());
        Assert.Equal(1, server.GetProperty("restarts").GetInt32());
        Assert.Contains("killed by signal 9", server.GetProperty("lastError").GetString());
        Assert.Contains("test__echo", (await hub.Client.ListToolsAsync()).Select(t => t.Name));
        Assert.Equal("again", await hub.TextAsync("test__echo", new { text = "again" }));
    }

    [Fact]
    public async Task ServerThatExitsAtOnce_EntersCrashLoopAfterFiveFailures_AndIsNotRetriedUntilAsked()
    {
        await using var hub = await HubRun.StartAsync(_ => new JsonObject
        {
            ["broken"] = new JsonObject { ["command"] = "sh", ["args"] = new JsonArray("-c", "echo 'no database here' >&2; exit 3") },
            ["test"] = Test(),
        }, "--restart-delay", "50ms");

        var broken = await hub.WaitForStatusAsync("broken", "crash-loop", TimeSpan.FromSeconds(30));

        Assert.Equal(4, broken.GetProperty("restarts").GetInt32());
        Assert.Contains("exited with code 3 (no database here)", broken.GetProperty("lastError").GetString());
        Assert.Equal("running", (await hub.ServerAsync("test")).GetProperty("status").GetString());
        Assert.Contains("broken: crash-loop, 0 tools, 4 restarts (last error: ", await hub.TextAsync("hub_servers"));

        Assert.Contains("Restarting 'broken'", await hub.TextAsync("hub_restart_server", new { server = "broken" }));
        Assert.Equal("restarting", (await hub.ServerAsync("broken")).GetProperty("status").GetString());
        var again = await hub.WaitForStatusAsync("broken", "crash-loop", TimeSpan.FromSeconds(30));
        Assert.Equal(9, again.GetProperty("restarts").GetInt32());
    }

    [Fact]
    public async Task ServerThatStopsAnsweringPings_IsRestarted()
    {
        await using var hub = await HubRun.StartAsync(_ => new JsonObject { ["frozen"] = Test().Also("healthInterval", "200ms") });
        var before = (await hub.ServerAsync("frozen")).GetProperty("pid").GetInt32();
        hub.ForgetListChanged();

        Assert.Equal(0, Posix.Kill(before, 19)); // SIGSTOP: alive, answers nothing
        await hub.ListChangedUntilAsync(() => RunsAgainAsync(hub, "frozen", before), TimeSpan.FromSeconds(15));

        var server = await hub.ServerAsync("frozen");
        Assert.NotEqual(before, server.GetProperty("pid").GetInt32());
        Assert.Contains("stopped answering pings (3 in a row)", server.GetProperty("lastError").GetString());
        Assert.Empty(await ProcessTree.WaitUntilGoneAsync([before], TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task ServerWithoutPing_IsCheckedWithToolsList_AndKeptRunning()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Servers", "no_ping_server.py");
        await using var hub = await HubRun.StartAsync(_ => new JsonObject
        {
            ["noping"] = new JsonObject { ["command"] = "/usr/bin/python3", ["args"] = new JsonArray(script), ["healthInterval"] = "200ms" },
        });
        var before = await hub.WaitForStatusAsync("noping", "running", TimeSpan.FromSeconds(20));
        var log = Path.Combine(hub.Folder, "logs", "noping.log");
        // The first list is the hub's own after the start; the health checks come after it, every 200 ms.
        await Polling.UntilAsync(() => Task.FromResult(File.ReadAllText(log)), text => text.Contains("tools/list 6"), TimeSpan.FromSeconds(15), text => text);
        var server = await hub.ServerAsync("noping");
        Assert.Equal("running", server.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("pid").GetInt32(), server.GetProperty("pid").GetInt32());
        Assert.Equal(0, server.GetProperty("restarts").GetInt32());
        Assert.Equal(JsonValueKind.String, server.GetProperty("lastHealthCheck").ValueKind);
    }

    /// <summary>The server runs again, as another process, with its tools listed.</summary>
    private static async Task<bool> RunsAgainAsync(HubRun hub, string name, int before)
    {
        var server = await hub.ServerAsync(name);
        return server.GetProperty("status").GetString() == "running" && server.GetProperty("pid") is { ValueKind: JsonValueKind.Number } pid
            && pid.GetInt32() != before
            && (await hub.Client.ListToolsAsync()).Any(t => t.Name == $"{name}__echo");
    }

    [Fact]
    public async Task EditedConfig_AddsChangesAndRemovesServersLive_ABrokenOneIsRefusedAndNothingStops()
    {
        await using var hub = await HubRun.StartAsync(_ => new JsonObject { ["a"] = Test(), ["b"] = Test() });
        var a = (await hub.ServerAsync("a")).GetProperty("pid").GetInt32();
        var b = (await hub.ServerAsync("b")).GetProperty("pid").GetInt32();

        hub.Rewrite(new JsonObject { ["a"] = Test(), ["c"] = Test() });
        Assert.Contains("added c, removed b", await hub.StderrLineAsync("config applied", TimeSpan.FromSeconds(10)));
        await hub.WaitForStatusAsync("c", "running", TimeSpan.FromSeconds(10));
        var tools = (await hub.Client.ListToolsAsync()).Select(t => t.Name).ToList();
        Assert.Contains("c__echo", tools);
        Assert.DoesNotContain("b__echo", tools);
        Assert.Equal(a, (await hub.ServerAsync("a")).GetProperty("pid").GetInt32());
        Assert.Empty(await ProcessTree.WaitUntilGoneAsync([b], TimeSpan.FromSeconds(10)));

        hub.Rewrite(new JsonObject { ["a"] = Test().Also("env", new JsonObject { ["MCP_TEST_GREETING"] = "hello " }), ["c"] = Test() });
        Assert.Contains("changed a", await hub.StderrLineAsync("config applied", TimeSpan.FromSeconds(10)));
        await hub.WaitForStatusAsync("a", "running", TimeSpan.FromSeconds(10));
        Assert.Equal("hello you", await hub.TextAsync("a__echo", new { text = "you" }));
        var changedA = (await hub.ServerAsync("a")).GetProperty("pid").GetInt32();
        Assert.NotEqual(a, changedA);

        File.WriteAllText(hub.Config, "{\"mcpServers\": {\"a\": ");
        Assert.Contains("config refused", await hub.StderrLineAsync("not valid JSON", TimeSpan.FromSeconds(10)));
        Assert.Equal(changedA, (await hub.ServerAsync("a")).GetProperty("pid").GetInt32());
        Assert.Equal("running", (await hub.ServerAsync("c")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task SigkilledHub_LeavesNoChild_NorTheChildrensChildren_Within10Seconds()
    {
        using var config = HubRun.NewConfig(folder => new JsonObject
        {
            ["memory"] = HubRun.Ours("McpServers.Memory", "mcp-memory", "--memory-file", Path.Combine(folder, "memory.jsonl")),
            // A server with a child of its own (a shell that keeps a sleep running beside the server).
            ["parent"] = new JsonObject
            {
                ["command"] = "sh",
                ["args"] = new JsonArray("-c", $"sleep 1000 & exec '{RepoPaths.Executable("McpServers.TestServer", "mcp-test-server")}'"),
            },
        });
        using var hub = await RawStdioMcp.StartAsync(HubRun.Executable, HubRun.ConfigArgs(config), new Dictionary<string, string?>());
        await hub.RequestAsync("tools/list", new JsonObject());
        var tree = ProcessTree.Descendants(hub.Process.Id);
        Assert.Contains(tree, pid => ProcessTree.CommandOf(pid).Contains("mcp-memory", StringComparison.Ordinal));
        Assert.Contains(tree, pid => ProcessTree.CommandOf(pid).StartsWith("sleep", StringComparison.Ordinal));

        hub.Process.Kill();

        var left = await ProcessTree.WaitUntilGoneAsync(tree, TimeSpan.FromSeconds(10));
        Assert.True(left.Count == 0, "left behind: " + string.Join("; ", left.Select(p => $"{p} {ProcessTree.CommandOf(p)}")));
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject entry, string field, JsonNode value)
    {
        entry[field] = value;
        return entry;
    }
}
