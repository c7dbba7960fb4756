namespace McpServers.Testing;

/// <summary>
/// Where the repository and the executables under test are, seen from a test assembly in artifacts/bin. With
/// <c>MCP_TEST_BINARIES=published</c> (scripts/test.sh sets it) end-to-end tests launch what users run, the published
/// binaries (Native AOT) of scripts/publish.sh; otherwise the plain builds beside the tests.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration folder the tests run from (<c>debug</c> or <c>release</c>).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;

    /// <summary>True when end-to-end tests run the published binaries.</summary>
    public static bool UsePublished { get; } = Environment.GetEnvironmentVariable("MCP_TEST_BINARIES") == "published";

    /// <summary>The executable under test, e.g. <c>Executable("McpServers.Memory", "mcp-memory")</c>.</summary>
    public static string Executable(string project, string executable)
    {
        var path = Path.Combine(Root, "artifacts", UsePublished ? "publish" : "bin", project, Configuration, executable);
        if (!File.Exists(path))
            throw new FileNotFoundException(UsePublished
                ? $"{executable} is not published at {path}; run scripts/publish.sh first"
                : $"{executable} is not built at {path}; build the solution first (dotnet build -c {Configuration})", path);
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
