namespace McpServers.Hosting;

/// <summary>A server-specific command-line option, optionally backed by an environment variable.</summary>
/// <param name="Name">Option name without dashes, e.g. <c>memory-file</c> for <c>--memory-file</c>.</param>
/// <param name="Description">What it does, shown in <c>--help</c>.</param>
/// <param name="EnvironmentVariable">Environment variable read when the option is not given.</param>
/// <param name="DefaultDescription">How the default is chosen, shown in <c>--help</c>.</param>
/// <param name="IsFlag">A switch that takes no value.</param>
public sealed record ServerOption(
    string Name,
    string Description,
    string? EnvironmentVariable = null,
    string? DefaultDescription = null,
    bool IsFlag = false);
