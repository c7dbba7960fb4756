namespace McpServers.Testing;

/// <summary>A new temporary folder, deleted with everything in it when disposed (also when the test failed).</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "mcp-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
