using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using McpServers.Testing;

namespace McpServers.Packaging.Tests;

/// <summary>The packaged servers (packaging/servers.json), how to start each one in a test, and a tool each must offer.</summary>
internal static class PackagedServers
{
    public static string Version => (string)Catalog["version"]!;

    private static JsonObject Catalog { get; } = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "packaging", "servers.json")))!.AsObject();

    /// <summary>Server key, package id (the project's name), command.</summary>
    public static TheoryData<string, string, string> All()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (key, value) in Catalog["servers"]!.AsObject())
            data.Add(key, Path.GetFileNameWithoutExtension((string)value!["project"]!), (string)value["executable"]!);
        return data;
    }

    /// <summary>A tool the server offers (what the test looks for in tools/list).</summary>
    public static string ToolOf(string key) => key switch
    {
        "memory" => "read_graph",
        "rss" => "list_feeds",
        "video" => "video_info",
        "gmail" => "search_emails",
        "calendar" => "list_events",
        "sheets" => "read_range",
        "hub" => "hub_servers",
        "playwright" => "browser_navigate",
        _ => throw new ArgumentException($"no tool named for {key}"),
    };

    /// <summary>
    /// What a server needs to start in a test: its data under <paramref name="folder"/> (never the user's), for the hub
    /// a config with no servers, for mcp-playwright no warm spare worker.
    /// </summary>
    public static Dictionary<string, string?> Environment(string key, string folder)
    {
        var environment = new Dictionary<string, string?>
        {
            ["XDG_DATA_HOME"] = Path.Combine(folder, "data"),
            ["XDG_CONFIG_HOME"] = Path.Combine(folder, "config"),
            ["HOME"] = folder,
        };
        if (key == "playwright")
            environment["PLAYWRIGHT_WARM_WORKERS"] = "0";  // one Chromium per test: the session's, no spare beside it
        if (key == "hub")
        {
            var config = Path.Combine(folder, "hub.json");
            File.WriteAllText(config, """{"mcpServers": {}}""");
            environment["HUB_CONFIG"] = config;
        }
        return environment;
    }

    /// <summary>
    /// A call that only works when the package carries all the server runs on, where listing tools would not show it:
    /// mcp-playwright's navigate needs its worker, Playwright's driver (both executable after the install) and Chromium.
    /// </summary>
    private static (Dictionary<string, object?> Arguments, string Expected)? CallOf(string key) => key switch
    {
        "playwright" => (new() { ["url"] = "data:text/html,<h1>rendered%20by%20the%20packaged%20worker</h1>" }, "heading \"rendered by the packaged worker\""),
        _ => null,
    };

    /// <summary>Lists the server's tools over stdio, checks <see cref="ToolOf"/> is there, and makes <see cref="CallOf"/>'s call.</summary>
    public static async Task AnswersAsync(string key, string command, IEnumerable<string> args, IDictionary<string, string?> environment)
    {
        var stderr = new System.Text.StringBuilder();
        await using var client = await ExecutableLauncher.ConnectCommandAsync(command, args, environment, line => stderr.AppendLine(line));
        var tools = (await client.ListToolsAsync()).Select(t => t.Name).ToList();
        Assert.True(tools.Contains(ToolOf(key)), $"{command}: {string.Join(", ", tools)}\n{stderr}");
        if (CallOf(key) is not { } call)
            return;
        var result = await client.CallToolAsync(ToolOf(key), call.Arguments);
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(c => c.Text));
        Assert.True(result.IsError != true && text.Contains(call.Expected, StringComparison.Ordinal), $"{command}: {text}\n{stderr}");
    }
}
