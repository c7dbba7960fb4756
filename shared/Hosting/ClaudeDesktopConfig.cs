using System.Text.Json;
using System.Text.Json.Nodes;

namespace McpServers.Hosting;

/// <summary>
/// The <c>claude_desktop_config.json</c> entry that launches this server as it was started now:
/// the absolute executable, the options given (minus <c>--print-config</c>), and the server's environment
/// variables that are set. A token goes into <c>env</c>, never into <c>args</c>, so it stays out of process lists.
/// </summary>
internal static class ClaudeDesktopConfig
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Render(McpServerDefinition definition, IEnumerable<ServerOption> options, IReadOnlyList<string> args)
    {
        var (command, prefix) = CurrentCommand();
        var env = new JsonObject();
        var kept = new JsonArray(prefix.Select(p => (JsonNode)p).ToArray());
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--print-config")
                continue;
            if (arg == "--auth-token" && i + 1 < args.Count)
            {
                env["MCP_AUTH_TOKEN"] = args[++i];
                continue;
            }
            if (arg.StartsWith("--auth-token=", StringComparison.Ordinal))
            {
                env["MCP_AUTH_TOKEN"] = arg["--auth-token=".Length..];
                continue;
            }
            kept.Add((JsonNode)arg);
        }
        foreach (var variable in options.Select(o => o.EnvironmentVariable).OfType<string>())
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
                env[variable] = value;
        }
        var entry = new JsonObject { ["command"] = command, ["args"] = kept, ["env"] = env };
        var root = new JsonObject { ["mcpServers"] = new JsonObject { [definition.Name] = entry } };
        return root.ToJsonString(Indented);
    }

    /// <summary>The apphost when there is one; <c>dotnet &lt;dll&gt;</c> when the server was started through the muxer.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000",
        Justification = "Location is read only when started through the dotnet muxer, which never runs a Native AOT or single-file build.")]
    private static (string Command, string[] Prefix) CurrentCommand()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var isMuxer = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        return isMuxer && !string.IsNullOrEmpty(entry) ? (process, [entry]) : (process, []);
    }
}
