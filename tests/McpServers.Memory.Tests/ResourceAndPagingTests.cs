using System.Text.Json.Nodes;
using McpServers.Testing;
using ModelContextProtocol.Protocol;

namespace McpServers.Memory.Tests;

public sealed class ResourceAndPagingTests
{
    [Fact]
    public async Task GraphResource_IsReadable_AndSubscribersHearOfChanges()
    {
        using var folder = new MemoryFolder();
        await using var memory = await MemoryClient.StartAsync(folder.FilePath);
        var updated = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await memory.Client.SubscribeToResourceAsync("memory://knowledge-graph", (notification, _) =>
        {
            updated.TrySetResult(notification.Uri);
            return ValueTask.CompletedTask;
        });

        await memory.CreateEntityAsync("Subscribed", "t");
        var uri = await updated.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var resource = await memory.Client.ReadResourceAsync("memory://knowledge-graph");

        Assert.Equal("memory://knowledge-graph", uri);
        var contents = Assert.IsType<TextResourceContents>(resource.Contents.Single());
        Assert.Equal("application/json", contents.MimeType);
        Assert.Equal("Subscribed", (string?)JsonNode.Parse(contents.Text)!["entities"]![0]!["name"]);
    }

    [Fact]
    public async Task ReadGraph_PagesWithLimitAndOffset_AndSaysHowToContinue()
    {
        using var folder = new MemoryFolder();
        await using var memory = await MemoryClient.StartAsync(folder.FilePath);
        await memory.CallOkAsync("create_entities", new { entities = Enumerable.Range(0, 25).Select(i => new { name = $"n{i:D2}", entityType = "t", observations = Array.Empty<string>() }) });

        var first = await memory.CallOkAsync("read_graph", new { limit = 10 });
        var last = await memory.CallOkAsync("read_graph", new { offset = 20, limit = 10 });

        Assert.Equal(10, first["entities"]!.AsArray().Count);
        Assert.True((bool)first["truncated"]!);
        Assert.Equal(10, (int)first["nextOffset"]!);
        Assert.Equal(25, (int)first["totalEntities"]!);
        Assert.Contains("offset=10", (string?)first["note"]);
        Assert.Equal(["n20", "n21", "n22", "n23", "n24"], last["entities"]!.AsArray().Select(e => (string)e!["name"]!));
        Assert.Null(last["nextOffset"]);
    }

    [Fact]
    public async Task SearchNodes_OverTheOutputBudget_IsTruncatedWithANote()
    {
        using var folder = new MemoryFolder();
        await using var memory = await MemoryClient.StartAsync(folder.FilePath, "--max-output-bytes", "4096");
        var observation = new string('o', 200);
        await memory.CallOkAsync("create_entities", new { entities = Enumerable.Range(0, 100).Select(i => new { name = $"big{i:D3}", entityType = "t", observations = new[] { observation } }) });

        var result = await memory.CallAsync("search_nodes", new { query = "big" });
        var structured = JsonNode.Parse(result.StructuredContent!.Value.GetRawText())!;

        Assert.True(result.StructuredContent!.Value.GetRawText().Length <= 4096);
        Assert.True((bool)structured["truncated"]!);
        Assert.Equal(100, (int)structured["totalEntities"]!);
        Assert.Contains("narrow the query", (string?)structured["note"]);
    }

    [Fact]
    public async Task BadOptionValue_IsAUsageError_AtStart()
    {
        var (exitCode, _, stderr) = await ChildProcess.RunAsync(RepoPaths.Executable("McpServers.Memory", "mcp-memory"), ["--checkpoint-records", "0"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("--checkpoint-records", stderr);
    }
}
