using System.Diagnostics;
using System.Text.Json.Nodes;
using McpServers.Testing;

namespace McpServers.Packaging.Tests;

/// <summary>
/// The Claude Desktop bundles scripts/pack.sh made (artifacts/bundles/*.mcpb): each passes npm @anthropic-ai/mcpb's
/// validation, and unpacked as Claude Desktop does, its command (with the user's settings filled in) answers over stdio.
/// </summary>
public sealed class BundleTests
{
    [Theory]
    [MemberData(nameof(PackagedServers.All), MemberType = typeof(PackagedServers))]
    public async Task Bundle_Validates_AndItsCommandAnswers(string key, string packageId, string command)
    {
        _ = packageId;
        var bundle = Path.Combine(RepoPaths.Root, "artifacts", "bundles", command + ".mcpb");
        Assert.True(File.Exists(bundle), $"{bundle} is missing: run scripts/pack.sh (after scripts/publish.sh)");
        using var folder = new TempFolder();
        var unpacked = Path.Combine(folder.Path, "bundle");
        // unzip keeps the files' modes, as the bundle's installer does: the binary must still be executable.
        var unzip = await ChildProcess.RunAsync("unzip", ["-q", bundle, "-d", unpacked]);
        Assert.True(unzip.ExitCode == 0, unzip.Stderr);

        var mcpb = Path.Combine(RepoPaths.Root, "tests", "interop", "node_modules", ".bin", "mcpb");
        var validate = await ChildProcess.RunAsync(mcpb, ["validate", Path.Combine(unpacked, "manifest.json")]);
        Assert.True(validate.ExitCode == 0, validate.Stdout + validate.Stderr);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(unpacked, "manifest.json")))!;
        Assert.Equal("binary", (string)manifest["server"]!["type"]!);
        Assert.NotEmpty(manifest["user_config"]!.AsObject());
        var config = manifest["server"]!["mcp_config"]!;
        var settings = UserSettings(key, folder.Path, manifest["user_config"]!.AsObject());
        var environment = PackagedServers.Environment(key, folder.Path);
        foreach (var (name, value) in config["env"]!.AsObject())
            environment[name] = Substitute((string)value!, unpacked, settings);
        var binary = Substitute((string)config["command"]!, unpacked, settings);
        Assert.Equal(Path.Combine(unpacked, "server", command), binary);
        // Nothing in a bundle leans on an installed .NET: what is not Native AOT (mcp-playwright's worker) is self-contained.
        foreach (var runtimeConfig in Directory.EnumerateFiles(Path.Combine(unpacked, "server"), "*.runtimeconfig.json"))
            Assert.NotNull(JsonNode.Parse(File.ReadAllText(runtimeConfig))!["runtimeOptions"]!["includedFrameworks"]);
        await PackagedServers.AnswersAsync(key, binary, config["args"]!.AsArray().Select(a => Substitute((string)a!, unpacked, settings)), environment);
    }

    /// <summary>
    /// What a user would fill in: a file or folder in the test's own folder (the hub's servers file, the machine's
    /// Chromium for mcp-playwright), else nothing.
    /// </summary>
    private static Dictionary<string, string> UserSettings(string key, string folder, JsonObject userConfig)
    {
        var settings = new Dictionary<string, string>();
        foreach (var (name, field) in userConfig)
        {
            settings[name] = (string)field!["type"]! switch
            {
                "file" when key == "playwright" => "/usr/bin/chromium",
                "file" when key == "hub" => PackagedServers.Environment(key, folder)["HUB_CONFIG"]!,
                "file" => Path.Combine(folder, name + ".data"),
                "directory" => Directory.CreateDirectory(Path.Combine(folder, name)).FullName,
                _ => "",
            };
        }
        return settings;
    }

    /// <summary>Claude Desktop's substitutions: <c>${__dirname}</c> and <c>${user_config.name}</c>.</summary>
    private static string Substitute(string text, string bundle, Dictionary<string, string> settings)
    {
        text = text.Replace("${__dirname}", bundle, StringComparison.Ordinal);
        foreach (var (name, value) in settings)
            text = text.Replace("${user_config." + name + "}", value, StringComparison.Ordinal);
        Debug.Assert(!text.Contains("${", StringComparison.Ordinal));
        Assert.DoesNotContain("${", text);
        return text;
    }
}
