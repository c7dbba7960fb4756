namespace McpServers.OAuth.Tests;

/// <summary>A temporary folder for one test's token store, deleted afterwards.</summary>
public sealed class Scratch : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "oauth-test-" + Guid.NewGuid().ToString("N"), "store");

    public void Dispose()
    {
        var parent = System.IO.Path.GetDirectoryName(Path)!;
        if (Directory.Exists(parent))
            Directory.Delete(parent, recursive: true);
    }
}
