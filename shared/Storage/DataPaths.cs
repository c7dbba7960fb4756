namespace McpServers.Storage;

/// <summary>Where servers keep data and configuration: the XDG base directories, under <c>mcp-servers/&lt;server&gt;</c>.</summary>
public static class DataPaths
{
    /// <summary><c>$XDG_DATA_HOME/mcp-servers/&lt;server&gt;</c>, default <c>~/.local/share/mcp-servers/&lt;server&gt;</c>.</summary>
    public static string DataDirectory(string server) =>
        Path.Combine(BaseDirectory("XDG_DATA_HOME", Path.Combine(".local", "share")), "mcp-servers", server);

    /// <summary><c>$XDG_CONFIG_HOME/mcp-servers/&lt;server&gt;</c>, default <c>~/.config/mcp-servers/&lt;server&gt;</c>.</summary>
    public static string ConfigDirectory(string server) =>
        Path.Combine(BaseDirectory("XDG_CONFIG_HOME", ".config"), "mcp-servers", server);

    /// <summary>An absolute path: relative ones resolve against the working directory.</summary>
    public static string Resolve(string path) => Path.GetFullPath(Environment.ExpandEnvironmentVariables(ExpandHome(path)));

    private static string BaseDirectory(string variable, string fallbackUnderHome)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return !string.IsNullOrEmpty(value) && Path.IsPathRooted(value)
            ? value
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), fallbackUnderHome);
    }

    private static string ExpandHome(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path[1..]
            : path;
}
