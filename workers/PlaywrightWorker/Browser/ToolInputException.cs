namespace McpServers.PlaywrightWorker.Browser;

/// <summary>A tool call that cannot be carried out as asked; the message says what to do instead.</summary>
internal sealed class ToolInputException(string message) : Exception(message);
