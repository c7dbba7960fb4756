namespace McpServers.Hosting.CommandLine;

/// <summary>A command-line or configuration mistake the user must fix; ends the process with exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
