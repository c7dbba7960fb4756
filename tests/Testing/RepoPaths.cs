namespace McpServers.Testing;

/// <summary>Where the repository and the built executables are, seen from a test assembly in artifacts/bin.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration folder the tests run from (<c>debug</c> or <c>release</c>).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;

    /// <summary>The apphost of a built executable, e.g. <c>Executable("McpServers.Memory", "mcp-memory")</c>.</summary>
    public static string Executable(string project, string executable)
    {
        var path = Path.Combine(Root, "artifacts", "bin", project, Configuration, executable);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{executable} is not built at {path}; build the solution first (dotnet build -c {Configuration})", path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "McpServers.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"McpServers.sln not found above {AppContext.BaseDirectory}");
    }
}
