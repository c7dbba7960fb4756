namespace McpServers.Memory.Tests;

/// <summary>A fresh temporary folder holding one memory file, deleted after the test.</summary>
internal sealed class MemoryFolder : IDisposable
{
    public MemoryFolder()
    {
        Path = Directory.CreateTempSubdirectory("mcp-memory-test-").FullName;
        FilePath = System.IO.Path.Combine(Path, "memory.jsonl");
    }

    public string Path { get; }

    public string FilePath { get; }

    public string[] Lines() => File.Exists(FilePath) ? File.ReadAllLines(FilePath) : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
