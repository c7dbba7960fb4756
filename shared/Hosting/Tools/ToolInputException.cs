namespace McpServers.Hosting;

/// <summary>
/// Bad tool input the schema could not catch (an unknown id, a path outside the allowed folders, a time past the end).
/// Thrown anywhere in a tool, it becomes an <c>isError</c> result carrying the message, which should say what was wrong and
/// what is allowed.
/// </summary>
public sealed class ToolInputException(string message) : Exception(message);
