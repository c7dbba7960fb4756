namespace McpServers.Hosting.CommandLine;

/// <summary>Help text for an option: what it does, its default and its environment variable.</summary>
internal static class OptionText
{
    public static string Describe(string description, string? environmentVariable, string? defaultDescription) =>
        description
        + (defaultDescription is null ? "" : $" (default: {defaultDescription})")
        + (environmentVariable is null ? "" : $" [env: {environmentVariable}]");
}
