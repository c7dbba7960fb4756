using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Testing;
using ModelContextProtocol.Client;

namespace McpServers.Hub.Tests;

/// <summary>The REST API and /metrics of a hub over HTTP (with a token), its servers real child processes.</summary>
public sealed class HubApiTests
{
    private const string Token = "hub-test-token";

    [Fact]
    public async Task Api_ShowsServersWithRealUsage_StartsStopsCreatesChangesRemoves_AndWritesTheFile()
    {
        using var config = HubRun.NewConfig(folder => new JsonObject
        {
            ["test"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server"),
            ["memory"] = HubRun.Ours("McpServers.Memory", "mcp-memory", "--memory-file", Path.Combine(folder, "memory.jsonl")),
        });
        // Transport and token come by environment, as in a container: the children must not inherit them (they speak stdio).
        using var hub = await HttpServerProcess.StartAsync("McpServers.Hub", "mcp-hub",
            new Dictionary<string, string?> { ["MCP_TRANSPORT"] = "http", ["MCP_AUTH_TOKEN"] = Token }, HubRun.ConfigArgs(config));
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/servers")).StatusCode);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var servers = (await http.GetFromJsonAsync<JsonArray>("/api/servers"))!;
        Assert.Equal(["test", "memory"], servers.Select(s => (string)s!["name"]!));
        var test = servers[0]!.AsObject();
        Assert.Equal("running", (string)test["status"]!);
        Assert.True((long)test["rssBytes"]! > 1_000_000, test.ToJsonString());
        Assert.Contains("echo", test["tools"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("stdio", (string)test["transport"]!);

        await using (var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = hub.Endpoint,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {Token}" },
        })))
        {
            for (var i = 0; i < 3; i++)
                await client.CallToolAsync("test__echo", new Dictionary<string, object?> { ["text"] = "x" });
            await client.CallToolAsync("test__fail", new Dictionary<string, object?>());
        }
        test = await http.GetFromJsonAsync<JsonObject>("/api/servers/test");
        Assert.Equal(4, (long)test!["calls"]!);
        Assert.Equal(1, (long)test["errors"]!);
        Assert.NotNull(test["p50Ms"]);
        Assert.NotNull(test["p95Ms"]);

        var stopped = await http.PostAsync("/api/servers/test/stop", null);
        Assert.Equal(HttpStatusCode.Accepted, stopped.StatusCode);
        var pid = (int)test["pid"]!;
        await WaitForAsync(http, "test", s => (string)s["status"]! == "stopped");
        Assert.Empty(await ProcessTree.WaitUntilGoneAsync([pid], TimeSpan.FromSeconds(10)));
        await http.PostAsync("/api/servers/test/start", null);
        var started = await WaitForAsync(http, "test", s => (string)s["status"]! == "running");
        Assert.NotEqual(pid, (int)started["pid"]!);
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/servers/test/start", null)).StatusCode); // running: left alone
        Assert.Equal((int)started["pid"]!, (int)(await http.GetFromJsonAsync<JsonObject>("/api/servers/test"))!["pid"]!);

        var created = await http.PostAsJsonAsync("/api/servers", new JsonObject
        {
            ["name"] = "extra",
            ["command"] = RepoPaths.Executable("McpServers.TestServer", "mcp-test-server"),
            ["env"] = new JsonObject { ["MCP_TEST_GREETING"] = "secret-value" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/servers/extra", created.Headers.Location?.OriginalString);
        var extra = await WaitForAsync(http, "extra", s => (string)s["status"]! == "running");
        Assert.Equal(["MCP_TEST_GREETING"], extra["envNames"]!.AsArray().Select(n => (string)n!));
        Assert.DoesNotContain("secret-value", await http.GetStringAsync("/api/servers"));
        Assert.Equal("secret-value", (string)JsonNode.Parse(File.ReadAllText(config))!["mcpServers"]!["extra"]!["env"]!["MCP_TEST_GREETING"]!);
        // Refusals change nothing, not even the file's layout.
        var before = File.ReadAllText(config);
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsJsonAsync("/api/servers", new JsonObject { ["name"] = "extra", ["command"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PutAsJsonAsync("/api/servers/nobody", new JsonObject { ["command"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync("/api/servers/nobody")).StatusCode);
        // Only JSON is taken: a form or text post (which a browser sends without asking first) is refused.
        var text = await http.PostAsync("/api/servers", new StringContent("""{"name": "sneaky", "command": "sh"}""", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(before, File.ReadAllText(config));

        var refused = await http.PutAsJsonAsync("/api/servers/extra", new JsonObject { ["command"] = "x", ["restart"] = "sometimes" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("mcpServers.extra.restart: \"sometimes\" is not one of always, on-failure, never",
            (string)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]!);
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync("/api/servers/extra")).StatusCode);
        Assert.Null(JsonNode.Parse(File.ReadAllText(config))!["mcpServers"]!["extra"]);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/servers/extra")).StatusCode);
    }

    [Fact]
    public async Task Metrics_ParseWithPrometheusOwnParser_AndMoveWhenCallsAreMade()
    {
        using var config = HubRun.NewConfig(_ => new JsonObject { ["test"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server") });
        using var hub = await HttpServerProcess.StartAsync("McpServers.Hub", "mcp-hub", null, HubRun.ConfigArgs(config));
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = hub.Endpoint }));
        await client.CallToolAsync("test__echo", new Dictionary<string, object?> { ["text"] = "x" });
        await http.GetStringAsync("/api/servers"); // samples CPU and memory now

        var before = await ScrapeAsync(http);
        await client.CallToolAsync("test__echo", new Dictionary<string, object?> { ["text"] = "x" });
        await client.CallToolAsync("test__fail", new Dictionary<string, object?>());
        var after = await ScrapeAsync(http);

        Assert.Equal(1, before["mcp_hub_server_up"]);
        Assert.Equal(1, before["mcp_hub_tool_calls_total"]);
        Assert.Equal(3, after["mcp_hub_tool_calls_total"]);
        Assert.Equal(1, after["mcp_hub_tool_errors_total"]);
        Assert.Equal(3, after["mcp_hub_tool_call_duration_seconds_count"]);
        Assert.True(before["mcp_hub_server_resident_memory_bytes"] > 1_000_000);
        Assert.True(before["mcp_hub_server_cpu_seconds_total"] > 0);
        Assert.Equal(0, before["mcp_hub_server_restarts_total"]);
    }

    [Fact]
    public async Task PerClientServer_GivesEachClientItsOwnProcess_EndedWithItsSession_SharedOnesAreShared()
    {
        using var config = HubRun.NewConfig(_ => new JsonObject
        {
            ["own"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server").Also("perClient", true),
            ["shared"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server"),
        });
        using var hub = await HttpServerProcess.StartAsync("McpServers.Hub", "mcp-hub", null, HubRun.ConfigArgs(config));
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var withSession = new McpClientOptions { ProtocolVersion = "2025-11-25" };
        var alice = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = hub.Endpoint }), withSession);
        await using var bob = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = hub.Endpoint }), withSession);
        await using var sessionless = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = hub.Endpoint }));

        var aliceOwn = await ProcessIdAsync(alice, "own__process_id");
        var bobOwn = await ProcessIdAsync(bob, "own__process_id");
        Assert.NotEqual(aliceOwn, bobOwn);
        Assert.Equal(aliceOwn, await ProcessIdAsync(alice, "own__process_id"));
        Assert.Equal(await ProcessIdAsync(alice, "shared__process_id"), await ProcessIdAsync(bob, "shared__process_id"));
        var own = await http.GetFromJsonAsync<JsonObject>("/api/servers/own");
        Assert.Equal([aliceOwn, bobOwn], own!["clientPids"]!.AsArray().Select(p => (int)p!).Order());
        // Each client's process is a process of its own in the API too: its CPU and memory are real.
        Assert.Equal([aliceOwn, bobOwn], own["clientProcesses"]!.AsArray().Select(p => (int)p!["pid"]!).Order());
        Assert.All(own["clientProcesses"]!.AsArray(), p => Assert.True((long)p!["rssBytes"]! > 1_000_000, p.ToJsonString()));

        // A client of the session-less revision (2026-07-28) cannot be told from another: it gets no process of anyone's.
        var refused = await sessionless.CallToolAsync("own__process_id", new Dictionary<string, object?>());
        Assert.True(refused.IsError);
        Assert.Contains("keeps state for each client", refused.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Single().Text);

        await alice.DisposeAsync(); // ends Alice's session (DELETE /mcp)
        Assert.Empty(await ProcessTree.WaitUntilGoneAsync([aliceOwn], TimeSpan.FromSeconds(10)));
        Assert.Equal(bobOwn, await ProcessIdAsync(bob, "own__process_id"));
    }

    private static async Task<int> ProcessIdAsync(McpClient client, string tool)
    {
        var result = await client.CallToolAsync(tool, new Dictionary<string, object?>());
        Assert.True(result.IsError != true, string.Join(" ", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(t => t.Text)));
        return int.Parse(result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Single().Text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>/metrics read by prometheus_client's parser (Debian's python3-prometheus-client): sample name → value for server "test".</summary>
    private static async Task<Dictionary<string, double>> ScrapeAsync(HttpClient http)
    {
        var text = await http.GetStringAsync("/metrics");
        const string parse = """
            import json, sys
            from prometheus_client.parser import text_string_to_metric_families
            out = {}
            for family in text_string_to_metric_families(open(sys.argv[1]).read()):
                for s in family.samples:
                    if s.labels.get("server") == "test" and "le" not in s.labels:
                        out[s.name] = s.value
            print(json.dumps(out))
            """;
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, text);
            var run = await ChildProcess.RunAsync("/usr/bin/python3", ["-c", parse, file]);
            Assert.True(run.ExitCode == 0, $"the parser refused /metrics: {run.Stderr}\n{text}");
            return JsonSerializer.Deserialize<Dictionary<string, double>>(run.Stdout)!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<JsonObject> WaitForAsync(HttpClient http, string name, Func<JsonObject, bool> condition)
    {
        var reading = await Polling.UntilAsync(async () =>
            {
                var response = await http.GetAsync($"/api/servers/{name}");
                return (Found: response.IsSuccessStatusCode, Body: await response.Content.ReadAsStringAsync());
            },
            r => r.Found && condition(JsonNode.Parse(r.Body)!.AsObject()), TimeSpan.FromSeconds(15), r => $"{name}: {r.Body}");
        return JsonNode.Parse(reading.Body)!.AsObject();
    }
}
