using System.Text.Json.Nodes;
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
        _ => throw new ArgumentException($"no tool named for {key}"),
    };

    /// <summary>
    /// What a server needs to start in a test: its data under <paramref name="folder"/> (never the user's), and for the
    /// hub a config with no servers.
    /// </summary>
    public static Dictionary<string, string?> Environment(string key, string folder)
    {
        var environment = new Dictionary<string, string?>
        {
            ["XDG_DATA_HOME"] = Path.Combine(folder, "data"),
            ["XDG_CONFIG_HOME"] = Path.Combine(folder, "config"),
            ["HOME"] = folder,
        };
        if (key == "hub")
        {
            var config = Path.Combine(folder, "hub.json");
            File.WriteAllText(config, """{"mcpServers": {}}""");
            environment["HUB_CONFIG"] = config;
        }
        return environment;
    }

    /// <summary>Lists the server's tools over stdio and checks <see cref="ToolOf"/> is there.</summary>
    public static async Task AnswersAsync(string key, string command, IEnumerable<string> args, IDictionary<string, string?> environment)
    {
        var stderr = new System.Text.StringBuilder();
        await using var client = await ExecutableLauncher.ConnectCommandAsync(command, args, environment, line => stderr.AppendLine(line));
        var tools = (await client.ListToolsAsync()).Select(t => t.Name).ToList();
        Assert.True(tools.Contains(ToolOf(key)), $"{command}: {string.Join(", ", tools)}\n{stderr}");
    }
}
