using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Testing;

namespace McpServers.Hub.Tests;

/// <summary>Logs (masked, filtered, rotated files, a live stream), the event table and the OpenAPI document, through a hub over HTTP.</summary>
public sealed class HubJournalTests
{
    private const string Secret = "s3cr3t-VALUE";

    [Fact]
    public async Task Logs_AreMaskedFilteredAndStreamed_EventsAreRecorded_AndTheFilesHoldNoSecret()
    {
        using var config = HubRun.NewConfig(_ => new JsonObject { ["noisy"] = HubRun.Noisy(Secret) });
        var folder = Path.GetDirectoryName(config)!;
        using var hub = await HttpServerProcess.StartAsync("McpServers.Hub", "mcp-hub", null, HubRun.ConfigArgs(config));
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };

        // stderr is read apart from the MCP handshake: wait for the four lines and the hub's "started" note.
        var all = await Polling.UntilAsync(() => LinesAsync(http, ""),
            lines => lines.Count(l => l.Source == "stderr") >= 4 && lines.Any(l => l.Text.StartsWith("started: ", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(15), lines => string.Join("\n", lines));
        Assert.Contains(all, l => l is { Level: "error", Source: "stderr" } && l.Text == "error: could not open Authorization: Bearer ***");
        Assert.Contains(all, l => l is { Level: "info", Source: "stderr" } && l.Text == "info: token=*** ready with ***");
        Assert.Contains(all, l => l is { Level: "debug" } && l.Text == "dbug: details");
        Assert.Contains(all, l => l is { Level: "info", Source: "hub" } && l.Text.StartsWith("started: process ", StringComparison.Ordinal));
        Assert.Equal(["error: could not open Authorization: Bearer ***"], (await LinesAsync(http, "?level=error")).Select(l => l.Text));
        Assert.Equal(["warn: slow start"], (await LinesAsync(http, "?level=warning&q=SLOW")).Select(l => l.Text));
        Assert.Single(await LinesAsync(http, "?tail=1"));
        Assert.Equal(400, (int)(await http.GetAsync("/api/servers/noisy/logs?level=loud")).StatusCode);

        // Live: the stream is open (": open"), then a restart makes new lines; only those at warning and above arrive.
        using var stream = await http.GetAsync("/api/servers/noisy/logs/stream?level=warning", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new SseReader(await stream.Content.ReadAsStreamAsync());
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Assert.Equal("open", await reader.NextCommentAsync(limit.Token));
        (await http.PostAsync("/api/servers/noisy/restart", null)).EnsureSuccessStatusCode();
        var streamed = new List<JsonObject>();
        while (!streamed.Any(l => (string)l["text"]! == "warn: slow start"))
            streamed.Add(await reader.NextDataAsync(limit.Token) ?? throw new InvalidOperationException("the stream ended"));
        Assert.Contains(streamed, l => (string)l["text"]! == "exited: restarted on request");
        Assert.Contains(streamed, l => (string)l["text"]! == "error: could not open Authorization: Bearer ***");
        Assert.All(streamed, l => Assert.Contains((string)l["level"]!, new[] { "warning", "error" }));

        // The event table: started, exited (restart), started again; newest first.
        var events = await Polling.UntilAsync(() => http.GetFromJsonAsync<JsonArray>("/api/events?server=noisy"),
            e => e!.Count(x => (string)x!["kind"]! == "started") == 2, TimeSpan.FromSeconds(15), e => e!.ToJsonString());
        Assert.Equal(["started", "exited", "started"], events!.Select(e => (string)e!["kind"]!));
        Assert.Equal("restarted on request", (string)events![1]!["detail"]!);

        // Nothing secret reaches the disk: the log file and the event table.
        var log = await File.ReadAllTextAsync(Path.Combine(folder, "logs", "noisy.log"));
        Assert.Contains("warn: slow start", log);
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "logs")))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var secret in new[] { Secret, "sk-live-4242", "abc123" })
                Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) < 0, $"{secret} is in {file}");
        }
        // Nor the API: the env value is null in the config view, and only names in the server view.
        var entry = (await http.GetFromJsonAsync<JsonObject>("/api/servers/noisy/config"))!["entry"]!;
        Assert.Null(entry["env"]!["SERVICE_PASSWORD"]);
        Assert.DoesNotContain(Secret, await http.GetStringAsync("/api/servers"));
    }

    [Fact]
    public async Task OpenApiDocument_ValidatesAgainstTheSpecification_AndDescribesTheApi()
    {
        using var config = HubRun.NewConfig(_ => new JsonObject { ["test"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server") });
        using var hub = await HttpServerProcess.StartAsync("McpServers.Hub", "mcp-hub", null, HubRun.ConfigArgs(config));
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var text = await http.GetStringAsync("/openapi/v1.json");
        var file = Path.Combine(Path.GetDirectoryName(config)!, "openapi.json");
        await File.WriteAllTextAsync(file, text);

        // @seriousme/openapi-schema-validator (npm, pinned in tests/interop): the specification's own JSON schemas.
        var run = await ChildProcess.RunAsync("node", [Path.Combine(RepoPaths.Root, "tests", "interop", "validate-openapi.mjs"), file]);
        Assert.True(run.ExitCode == 0, $"{run.Stdout}\n{run.Stderr}");
        Assert.Equal("3.1", JsonNode.Parse(run.Stdout)!["version"]!.GetValue<string>());

        var document = JsonNode.Parse(text)!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(
            ["/api/events", "/api/servers", "/api/servers/{name}", "/api/servers/{name}/config", "/api/servers/{name}/logs", "/api/servers/{name}/logs/stream",
             "/api/servers/{name}/metrics", "/api/servers/{name}/restart", "/api/servers/{name}/start", "/api/servers/{name}/stop"],
            paths.Order(StringComparer.Ordinal));
        var list = document["paths"]!["/api/servers"]!["get"]!;
        Assert.Equal("listServers", (string)list["operationId"]!);
        var server = document["components"]!["schemas"]!["ServerView"]!["properties"]!.AsObject();
        foreach (var field in new[] { "name", "transport", "status", "pid", "startedAt", "restarts", "lastHealthCheck", "lastError", "tools", "cpuPercent", "rssBytes", "calls", "errors", "p50Ms", "p95Ms" })
            Assert.True(server.ContainsKey(field), field);
        Assert.NotNull(document["paths"]!["/api/servers"]!["post"]!["requestBody"]!["content"]!["application/json"]);
        Assert.Equal("bearer", (string)document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!);
    }

    private sealed record Line(DateTimeOffset At, string Level, string Source, string Text);

    private static async Task<IReadOnlyList<Line>> LinesAsync(HttpClient http, string query)
    {
        var body = await http.GetFromJsonAsync<JsonObject>("/api/servers/noisy/logs" + query);
        return body!["lines"].Deserialize<List<Line>>(JsonSerializerOptions.Web)!;
    }
}
