using McpServers.Storage;

namespace McpServers.OAuth.Store;

/// <summary>Where tokens live: a 0700 folder, <c>$XDG_CONFIG_HOME/mcp-servers/oauth</c> unless overridden.</summary>
public static class StoreDirectory
{
    /// <summary>Environment variable that moves the store (e.g. to a Docker volume).</summary>
    public const string EnvironmentVariable = "MCP_OAUTH_STORE";

    /// <summary>The folder from <paramref name="overridePath"/>, <see cref="EnvironmentVariable"/>, or the XDG default.</summary>
    public static string Resolve(string? overridePath = null) =>
        overridePath is { Length: > 0 } ? DataPaths.Resolve(overridePath)
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? DataPaths.Resolve(env)
        : DataPaths.ConfigDirectory("oauth");

    /// <summary>Creates the folder (and parents) if needed and makes it owner-only.</summary>
    public static void Ensure(string directory)
    {
        Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Owner read/write only.</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
}
