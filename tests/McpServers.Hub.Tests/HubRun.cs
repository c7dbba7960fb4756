using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using McpServers.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Hub.Tests;

/// <summary>mcp-hub over stdio with a config file in a temporary folder; counts the tools/list_changed notifications it sends.</summary>
internal sealed class HubRun : IAsyncDisposable
{
    private readonly Channel<DateTimeOffset> _listChanged = Channel.CreateUnbounded<DateTimeOffset>();

    private HubRun(string folder, string config, McpClient client, Channel<string> stderr)
    {
        Folder = folder;
        Config = config;
        Stderr = stderr.Reader;
        Client = client;
        client.RegisterNotificationHandler(NotificationMethods.ToolListChangedNotification, (_, _) =>
        {
            _listChanged.Writer.TryWrite(DateTimeOffset.UtcNow);
            return ValueTask.CompletedTask;
        });
    }

    public string Folder { get; }

    /// <summary>The config file the hub runs (and watches).</summary>
    public string Config { get; }

    /// <summary>The hub's stderr, line by line.</summary>
    public ChannelReader<string> Stderr { get; }

    public McpClient Client { get; }

    public static string Executable => RepoPaths.Executable("McpServers.Hub", "mcp-hub");

    /// <summary>A server entry running one of our built executables.</summary>
    public static JsonObject Ours(string project, string executable, params string[] args) =>
        new() { ["command"] = RepoPaths.Executable(project, executable), ["args"] = new JsonArray([.. args.Select(a => (JsonNode)a)]) };

    /// <summary>
    /// The test server after four stderr lines, one of each level, with secrets in them: a bearer token, a token= pair,
    /// and <paramref name="secret"/>, the value of its env SERVICE_PASSWORD.
    /// </summary>
    public static JsonObject Noisy(string secret) => new()
    {
        ["command"] = "sh",
        ["args"] = new JsonArray("-c", string.Join("; ",
            "echo 'error: could not open Authorization: Bearer sk-live-4242' >&2",
            "echo 'warn: slow start' >&2",
            "echo \"info: token=abc123 ready with $SERVICE_PASSWORD\" >&2",
            "echo 'dbug: details' >&2",
            $"exec '{RepoPaths.Executable("McpServers.TestServer", "mcp-test-server")}'")),
        ["env"] = new JsonObject { ["SERVICE_PASSWORD"] = secret },
    };

    /// <summary>
    /// Writes the config into a new temporary folder that is deleted when disposed: declare it before the hub
    /// (<c>using var config = ...</c>), so the hub ends first and the folder goes even when the test fails.
    /// </summary>
    public static TempConfig NewConfig(Func<string, JsonObject> servers) => new(WriteConfig(servers));

    /// <summary>Writes the config into a new temporary folder (where the servers also keep their data).</summary>
    public static string WriteConfig(Func<string, JsonObject> servers)
    {
        var folder = Directory.CreateTempSubdirectory("mcp-hub-test-").FullName;
        var path = Path.Combine(folder, "config.json");
        File.WriteAllText(path, new JsonObject { ["mcpServers"] = servers(folder) }.ToJsonString());
        return path;
    }

    public static async Task<HubRun> StartAsync(Func<string, JsonObject> servers, params string[] args)
    {
        var config = WriteConfig(servers);
        var stderr = Channel.CreateUnbounded<string>();
        var client = await ExecutableLauncher.ConnectAsync("McpServers.Hub", "mcp-hub", [.. ConfigArgs(config), .. args],
            stderrLine: line => stderr.Writer.TryWrite(line));
        return new HubRun(Path.GetDirectoryName(config)!, config, client, stderr);
    }

    /// <summary>The hub's arguments for a config file: it, and a log folder beside it (never the user's own).</summary>
    public static string[] ConfigArgs(string config) => ["--config", config, "--log-dir", Path.Combine(Path.GetDirectoryName(config)!, "logs")];

    /// <summary>Rewrites the config file in place, as an editor saving it would.</summary>
    public void Rewrite(JsonObject servers) => File.WriteAllText(Config, new JsonObject { ["mcpServers"] = servers }.ToJsonString());

    /// <summary>Waits for a stderr line of the hub that contains <paramref name="text"/>.</summary>
    public async Task<string> StderrLineAsync(string text, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await Stderr.ReadAsync(limit.Token);
            if (line.Contains(text, StringComparison.Ordinal))
                return line;
        }
    }

    /// <summary>Waits for the next tools/list_changed notification and returns when it came.</summary>
    public async Task<DateTimeOffset> NextListChangedAsync(TimeSpan timeout) => await _listChanged.Reader.ReadAsync().AsTask().WaitAsync(timeout);

    /// <summary>
    /// Waits for tools/list_changed notifications until, after one of them, <paramref name="condition"/> holds; returns when
    /// that notification came. (Notices are sent in the background, so one sent before a test's action may arrive after it.)
    /// </summary>
    public async Task<DateTimeOffset> ListChangedUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            var at = await _listChanged.Reader.ReadAsync(limit.Token);
            if (await condition())
                return at;
        }
    }

    /// <summary>Drops the notifications received so far.</summary>
    public void ForgetListChanged()
    {
        while (_listChanged.Reader.TryRead(out _))
        {
        }
    }

    public async Task<JsonElement> ServerAsync(string name) =>
        (await Client.CallToolAsync("hub_servers")).StructuredContent!.Value.GetProperty("servers").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    /// <summary>Asks hub_servers until the server is in this state (the hub offers no notification for every state).</summary>
    public Task<JsonElement> WaitForStatusAsync(string name, string status, TimeSpan timeout) =>
        Polling.UntilAsync(() => ServerAsync(name), server => server.GetProperty("status").GetString() == status, timeout,
            server => $"{name} did not become {status}: {server}");

    public async Task<string> TextAsync(string tool, object? arguments = null)
    {
        var dictionary = arguments is null ? null : JsonSerializer.SerializeToElement(arguments).Deserialize<Dictionary<string, object?>>();
        var result = await Client.CallToolAsync(tool, dictionary);
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        Assert.True(result.IsError != true, $"{tool} failed: {text}");
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>A config file in a temporary folder of its own, deleted (with the logs and data in it) when disposed.</summary>
internal sealed class TempConfig(string path) : IDisposable
{
    public string Path => path;

    public string Folder => System.IO.Path.GetDirectoryName(path)!;

    public static implicit operator string(TempConfig config) => config.Path;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
