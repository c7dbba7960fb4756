using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using McpServers.Testing;

namespace McpServers.Packaging.Tests;

/// <summary>
/// The .NET tool packages scripts/pack.sh made (artifacts/package): each installs from that folder alone and answers
/// over stdio, runs with dnx, is an McpServer package holding its .mcp/server.json, and that file validates against
/// the MCP registry's schema and says what the binary teaches.
/// </summary>
public sealed class ToolPackageTests
{
    private static string Packages => Path.Combine(RepoPaths.Root, "artifacts", "package");

    [Theory]
    [MemberData(nameof(PackagedServers.All), MemberType = typeof(PackagedServers))]
    public async Task ToolPackage_InstallsFromTheFolder_AndAnswersOverStdio(string key, string packageId, string command)
    {
        using var folder = new TempFolder();
        var run = await DotnetAsync(folder, ["tool", "install", packageId, "--version", PackagedServers.Version, "--tool-path", Path.Combine(folder.Path, "tools")]);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var installed = Path.Combine(folder.Path, "tools", command);
        Assert.True(File.Exists(installed), $"{installed} after: {run.Stdout}");
        // The Native AOT binary of the linux-x64 package, not a framework-dependent one.
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(folder.Path, "tools"), "*.dll", SearchOption.AllDirectories),
            f => f.EndsWith($"{command}.dll", StringComparison.Ordinal));
        await PackagedServers.AnswersAsync(key, installed, [], PackagedServers.Environment(key, folder.Path));
    }

    [Theory]
    [MemberData(nameof(PackagedServers.All), MemberType = typeof(PackagedServers))]
    public async Task Dnx_RunsThePackageFromTheFolder(string key, string packageId, string command)
    {
        using var folder = new TempFolder();
        _ = command;
        var environment = PackagedServers.Environment(key, folder.Path);
        foreach (var (name, value) in Isolated(folder))
            environment[name] = value;
        await PackagedServers.AnswersAsync(key, "dotnet",
            ["tool", "exec", $"{packageId}@{PackagedServers.Version}", "--yes", "--source", Packages, "--configfile", OnlyThePackages(folder)], environment);
    }

    [Theory]
    [MemberData(nameof(PackagedServers.All), MemberType = typeof(PackagedServers))]
    public void Package_IsAnMcpServerTool_WithItsServerJson(string key, string packageId, string command)
    {
        _ = key;
        var path = Path.Combine(Packages, $"{packageId}.{PackagedServers.Version}.nupkg");
        Assert.True(File.Exists(path), $"{path} is missing: run scripts/pack.sh (after scripts/publish.sh)");
        using var package = ZipFile.OpenRead(path);
        var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<packageType name=\"DotnetTool\" />", nuspec);
        Assert.Contains("<packageType name=\"McpServer\" />", nuspec);
        var serverJson = JsonNode.Parse(new StreamReader(package.GetEntry(".mcp/server.json")!.Open()).ReadToEnd())!;
        var described = serverJson["packages"]![0]!;
        Assert.Equal((packageId, PackagedServers.Version, "nuget", "stdio"),
            ((string)described["identifier"]!, (string)described["version"]!, (string)described["registryType"]!, (string)described["transport"]!["type"]!));
        // The registry's ownership proof: the packed README names the server as "mcp-name: <name>", then a space or a tag.
        var readme = new StreamReader(package.GetEntry("README.md")!.Open()).ReadToEnd();
        Assert.Matches($@"mcp-name: {Regex.Escape((string)serverJson["name"]!)}(\s|<)", readme);
        var settings = new StreamReader(package.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open()).ReadToEnd();
        Assert.Contains($"<Command Name=\"{command}\" />", settings);
        Assert.True(File.Exists(Path.Combine(Packages, $"{packageId}.linux-x64.{PackagedServers.Version}.nupkg")));
    }

    /// <summary>
    /// Each server.json validates against both schema texts packaging/schemas holds (the dated 2025-09-29 one and the
    /// later draft, which has every change up to the 2025-12-11 the files declare: see SOURCE.txt there).
    /// </summary>
    [Theory]
    [InlineData("server.schema.2025-09-29.json")]
    [InlineData("server.schema.draft-13760d0.json")]
    public async Task ServerJsonFiles_ValidateAgainstTheRegistrySchema(string schemaFile)
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "servers"), "server.json", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}.mcp{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(PackagedServers.All().Count(), files.Count);
        var schema = Path.Combine(RepoPaths.Root, "packaging", "schemas", schemaFile);
        var validator = Path.Combine(RepoPaths.Root, "tests", "interop", "validate-server-json.mjs");
        var validate = await ChildProcess.RunAsync("node", [validator, schema, .. files]);
        Assert.True(validate.ExitCode == 0, validate.Stdout + validate.Stderr);
        Assert.All(files, f => Assert.Equal("https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json",
            (string)JsonNode.Parse(File.ReadAllText(f))!["$schema"]!));

        // A file that breaks the schema is refused (the validator is not a rubber stamp).
        using var folder = new TempFolder();
        var broken = JsonNode.Parse(File.ReadAllText(files[0]))!;
        broken["packages"]![0]!["version"] = "latest";
        var brokenPath = Path.Combine(folder.Path, "server.json");
        File.WriteAllText(brokenPath, broken.ToJsonString());
        var refused = await ChildProcess.RunAsync("node", [validator, schema, brokenPath]);
        Assert.NotEqual(0, refused.ExitCode);
    }

    [Fact]
    public async Task ServerJsonFiles_SayWhatTheBinariesTeach_AndTheReadmeNamesEachServer()
    {
        var check = await ChildProcess.RunAsync("python3", [Path.Combine(RepoPaths.Root, "scripts", "packaging.py"), "server-json", "--check"]);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    /// <summary>dotnet with only artifacts/package as a source, and its own NuGet caches: nothing from the network, nothing stale.</summary>
    private static Task<(int ExitCode, string Stdout, string Stderr)> DotnetAsync(TempFolder folder, string[] args) =>
        ChildProcess.RunAsync("dotnet", [.. args, "--configfile", OnlyThePackages(folder)], TimeSpan.FromMinutes(3), Isolated(folder));

    private static Dictionary<string, string?> Isolated(TempFolder folder) => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(folder.Path, "nuget-packages"),
        ["NUGET_HTTP_CACHE_PATH"] = Path.Combine(folder.Path, "nuget-http"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    private static string OnlyThePackages(TempFolder folder)
    {
        var path = Path.Combine(folder.Path, "nuget.config");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Packages}" />
                  </packageSources>
                </configuration>
                """);
        }
        return path;
    }
}
