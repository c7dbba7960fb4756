using System.Diagnostics;
using McpServers.Testing;

namespace McpServers.Memory.Tests;

/// <summary>Bad files and failing disks: clear errors, and the original file intact.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task MalformedLine_EveryToolNamesFileAndLine_AndTheFileIsNeverRewritten()
    {
        using var folder = new MemoryFolder();
        var content = """{"type":"entity","name":"Ok","entityType":"t","observations":[]}""" + "\n" + """{"type":"entity","name":"Broken""" + "\n";
        await File.WriteAllTextAsync(folder.FilePath, content);
        await using var memory = await MemoryClient.StartAsync(folder.FilePath);

        foreach (var (tool, arguments) in new (string, object)[]
                 {
                     ("read_graph", new { }), ("search_nodes", new { query = "x" }), ("open_nodes", new { names = new[] { "Ok" } }),
                     ("create_entities", new { entities = new[] { new { name = "New", entityType = "t", observations = Array.Empty<string>() } } }),
                     ("delete_entities", new { entityNames = new[] { "Ok" } }),
                 })
        {
            var result = await memory.CallAsync(tool, arguments);
            Assert.True(result.IsError, tool);
            Assert.Contains($"{folder.FilePath} line 2", MemoryClient.Text(result));
            Assert.Contains("--repair", MemoryClient.Text(result));
        }
        Assert.Equal(content, await File.ReadAllTextAsync(folder.FilePath));
    }

    [Fact]
    public async Task Repair_MovesBadLinesAside_AndKeepsTheRest()
    {
        using var folder = new MemoryFolder();
        await File.WriteAllLinesAsync(folder.FilePath,
        [
            """{"type":"entity","name":"A","entityType":"t","observations":["a"]}""",
            "this is not json",
            """{"type":"entity","name":"B","entityType":"t","observations":"not an array"}""",
            """{"type":"entity","name":"C","entityType":"t","observations":[]}""",
        ]);

        var (exitCode, _, stderr) = await ChildProcess.RunAsync(RepoPaths.Executable("McpServers.Memory", "mcp-memory"), ["--repair"],
            environment: new Dictionary<string, string?> { ["MEMORY_FILE_PATH"] = folder.FilePath });

        Assert.Equal(0, exitCode);
        Assert.Contains("moved 2 unreadable line(s)", stderr);
        Assert.Equal(["A", "C"], Storage.GraphFile.Load(folder.FilePath).Entities.Select(e => e.Name));
        var rejected = await File.ReadAllTextAsync(folder.FilePath + ".rejected");
        Assert.Contains("this is not json", rejected);
        Assert.Contains("\"not an array\"", rejected);
        Assert.Contains("line 2", rejected);
        await using var memory = await MemoryClient.StartAsync(folder.FilePath);
        Assert.Equal(2, (await memory.CallOkAsync("read_graph", new { }))["entities"]!.AsArray().Count);
    }

    [Fact]
    public async Task UnreadableFile_GivesAClearError()
    {
        using var folder = new MemoryFolder();
        Directory.CreateDirectory(folder.FilePath); // a directory where the file should be: no process can read it as a file
        await using var memory = await MemoryClient.StartAsync(folder.FilePath);

        var result = await memory.CallAsync("read_graph", new { });

        Assert.True(result.IsError);
        Assert.Contains($"Cannot use the memory file {folder.FilePath}", MemoryClient.Text(result));
    }

    [Fact]
    public async Task ReadOnlyDirectory_WriteFails_Clearly_OriginalIntact()
    {
        using var folder = new MemoryFolder();
        await using (var seed = await MemoryClient.StartAsync(folder.FilePath))
            await seed.CreateEntityAsync("Original", "t", "kept");
        var before = await File.ReadAllBytesAsync(folder.FilePath);
        File.Delete(folder.FilePath + ".wal");
        using var readOnly = await ReadOnlyDirectory.MakeAsync(folder.Path);
        await using var memory = await MemoryClient.StartAsync(folder.FilePath);

        var write = await memory.CallAsync("create_entities", new { entities = new[] { new { name = "New", entityType = "t", observations = Array.Empty<string>() } } });
        var read = await memory.CallOkAsync("read_graph", new { });

        Assert.True(write.IsError);
        Assert.Contains("Nothing was changed", MemoryClient.Text(write));
        Assert.Equal(["Original"], read["entities"]!.AsArray().Select(e => (string)e!["name"]!));
        Assert.Equal(before, await File.ReadAllBytesAsync(folder.FilePath));
    }

    [Fact]
    public async Task FullDisk_WriteFails_Clearly_NothingLost()
    {
        using var folder = new MemoryFolder();
        using var disk = await SmallDisk.MountAsync(Path.Combine(folder.Path, "disk"), "256k");
        var file = Path.Combine(disk.Path, "memory.jsonl");
        await using var memory = await MemoryClient.StartAsync(file);
        await memory.CreateEntityAsync("Before", "t", "fits");
        await File.WriteAllBytesAsync(Path.Combine(disk.Path, "filler"), new byte[200 * 1024]);

        var huge = await memory.CallAsync("create_entities", new { entities = new[] { new { name = "Huge", entityType = "t", observations = new[] { new string('x', 100 * 1024) } } } });
        File.Delete(Path.Combine(disk.Path, "filler"));
        var after = await memory.CallOkAsync("read_graph", new { });
        await memory.CreateEntityAsync("After", "t");

        Assert.True(huge.IsError);
        Assert.Contains("Nothing was changed", MemoryClient.Text(huge));
        Assert.Equal(["Before"], after["entities"]!.AsArray().Select(e => (string)e!["name"]!));
        Assert.Equal(["After", "Before"], (await memory.CallOkAsync("read_graph", new { }))["entities"]!.AsArray().Select(e => (string)e!["name"]!).Order());
    }
}
