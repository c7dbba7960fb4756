using System.Text.Json.Nodes;
using System.Threading.Channels;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace McpServers.Hub.Tests;

/// <summary>Prompts and resources of the servers behind the hub, passed through: listed (names prefixed), got, read, and told when they change.</summary>
public sealed class HubPassThroughTests
{
    [Fact]
    public async Task PromptsAndResources_AreListedWithPrefixes_ServedByTheirServer_AndChangesAreTold()
    {
        await using var hub = await HubRun.StartAsync(folder => new JsonObject
        {
            ["test"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server"),
            ["memory"] = HubRun.Ours("McpServers.Memory", "mcp-memory", "--memory-file", Path.Combine(folder, "memory.jsonl")),
        });
        var changed = Channel.CreateUnbounded<string>();
        foreach (var method in new[] { NotificationMethods.PromptListChangedNotification, NotificationMethods.ResourceListChangedNotification })
            hub.Client.RegisterNotificationHandler(method, (n, _) => changed.Writer.WriteAsync(n.Method));
        await hub.WaitForStatusAsync("test", "running", TimeSpan.FromSeconds(20));
        await hub.WaitForStatusAsync("memory", "running", TimeSpan.FromSeconds(20));
        Assert.True(hub.Client.ServerCapabilities.Prompts?.ListChanged, "the hub says its prompts can change");
        Assert.True(hub.Client.ServerCapabilities.Resources?.ListChanged, "the hub says its resources can change");

        var prompts = await hub.Client.ListPromptsAsync();
        var greeting = Assert.Single(prompts, p => p.Name == "test__greeting");
        Assert.Equal("name", Assert.Single(greeting.ProtocolPrompt.Arguments!).Name);
        var got = await hub.Client.GetPromptAsync("test__greeting", new Dictionary<string, object?> { ["name"] = "Ada" });
        Assert.Equal("Say hello to Ada.", Assert.IsType<TextContentBlock>(Assert.Single(got.Messages).Content).Text);

        var resources = await hub.Client.ListResourcesAsync();
        Assert.Equal("memory__knowledge-graph", Assert.Single(resources, r => r.Uri == "memory://knowledge-graph").Name);
        Assert.Equal("test__about", Assert.Single(resources, r => r.Uri == "test://about").Name);
        Assert.Equal("test__item", Assert.Single(await hub.Client.ListResourceTemplatesAsync(), t => t.UriTemplate == "test://items/{id}").Name);
        Assert.Equal("mcp-test-server, for the McpServers tests", Text(await hub.Client.ReadResourceAsync("test://about")));
        Assert.Equal("item 42", Text(await hub.Client.ReadResourceAsync("test://items/42")));
        Assert.Contains("\"entities\"", Text(await hub.Client.ReadResourceAsync("memory://knowledge-graph")));
        var missing = await Assert.ThrowsAsync<McpProtocolException>(() => hub.Client.ReadResourceAsync("nope://x").AsTask());
        Assert.Equal(McpErrorCode.ResourceNotFound, missing.ErrorCode);

        // Removed from the config and added back: each time the clients are told, and the lists follow.
        var test = HubRun.Ours("McpServers.TestServer", "mcp-test-server");
        var memory = HubRun.Ours("McpServers.Memory", "mcp-memory", "--memory-file", Path.Combine(hub.Folder, "memory.jsonl"));
        hub.Rewrite(new JsonObject { ["memory"] = memory.DeepClone() });
        await ToldUntilAsync(changed.Reader, async () => !(await hub.Client.ListPromptsAsync()).Any(p => p.Name == "test__greeting")
            && !(await hub.Client.ListResourcesAsync()).Any(r => r.Uri == "test://about"));
        hub.Rewrite(new JsonObject { ["memory"] = memory.DeepClone(), ["test"] = test });
        await ToldUntilAsync(changed.Reader, async () => (await hub.Client.ListPromptsAsync()).Any(p => p.Name == "test__greeting")
            && (await hub.Client.ListResourcesAsync()).Any(r => r.Uri == "test://about"));
    }

    /// <summary>Reads prompts/resources list_changed notices until, after one of each kind, <paramref name="condition"/> holds.</summary>
    private static async Task ToldUntilAsync(ChannelReader<string> notices, Func<Task<bool>> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var told = new HashSet<string>();
        while (true)
        {
            told.Add(await notices.ReadAsync(limit.Token));
            if (told.Count == 2 && await condition())
                return;
        }
    }

    private static string Text(ReadResourceResult result) => Assert.IsType<TextResourceContents>(Assert.Single(result.Contents)).Text;
}
