namespace McpServers.Memory.Storage;

/// <summary>A memory file line that cannot be read. The file is left as it is until it is fixed or repaired.</summary>
internal sealed class GraphFileFormatException(string path, int lineNumber, string reason)
    : Exception($"{path} line {lineNumber} is not a valid memory record ({reason}). The file was not changed; fix that line, or run "
        + "'mcp-memory --repair' to move bad lines to " + path + ".rejected and keep the rest.")
{
    public string FilePath { get; } = path;

    public int LineNumber { get; } = lineNumber;
}
