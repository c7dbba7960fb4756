namespace McpServers.Memory.Graph;

/// <summary>A tool call asked for something the graph cannot do (unknown entity, missing endpoint, empty name); nothing was changed.</summary>
internal sealed class GraphInputException(string message) : Exception(message);
