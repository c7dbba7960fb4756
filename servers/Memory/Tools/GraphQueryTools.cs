using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Memory.Graph;
using McpServers.Memory.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Memory.Tools;

[McpServerToolType]
internal sealed class GraphQueryTools
{
    private readonly GraphStore _store;
    private readonly MemoryFileOptions _options;

    public GraphQueryTools(GraphStore store, MemoryFileOptions options)
    {
        _store = store;
        _options = options;
    }

    [McpServerTool(Name = "read_graph", Title = "Read Graph", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(GraphView))]
    [Description("Read the entire knowledge graph. Large graphs are returned in pages: when 'truncated' is true, call again with offset=nextOffset.")]
    public Task<CallToolResult> ReadGraphAsync(
        [Description("Skip this many entities (for paging; default 0)")] int? offset = null,
        [Description("Return at most this many entities (default: as many as fit the output budget)")] int? limit = null,
        CancellationToken cancellationToken = default) =>
        QueryAsync(offset, limit, page => _store.ReadAsync(graph => graph.Read(page), cancellationToken));

    [McpServerTool(Name = "search_nodes", Title = "Search Nodes", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(GraphView))]
    [Description("Search for nodes in the knowledge graph based on a query: a case-insensitive substring of an entity's name, type or "
        + "observations. Returns matching entities and the relations touching them.")]
    public Task<CallToolResult> SearchNodesAsync(
        [Description("The search query to match against entity names, types, and observation content")] string query,
        [Description("Skip this many matching entities (for paging; default 0)")] int? offset = null,
        [Description("Return at most this many entities (default: as many as fit the output budget)")] int? limit = null,
        CancellationToken cancellationToken = default) =>
        QueryAsync(offset, limit, page => _store.ReadAsync(graph => graph.Search(query, page), cancellationToken));

    [McpServerTool(Name = "open_nodes", Title = "Open Nodes", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(GraphView))]
    [Description("Open specific nodes in the knowledge graph by their names, with the relations touching them.")]
    public async Task<CallToolResult> OpenNodesAsync(
        [Description("An array of entity names to retrieve")] IReadOnlyList<string> names,
        CancellationToken cancellationToken = default) =>
        ToolResults.Structured(await _store.ReadAsync(graph => graph.Open(names), cancellationToken), MemoryJson.Default.GraphView);

    private async Task<CallToolResult> QueryAsync(int? offset, int? limit, Func<GraphPage, Task<GraphView>> run)
    {
        if (offset < 0 || limit < 1)
            throw new ToolInputException("'offset' must be 0 or more and 'limit' 1 or more.");
        return ToolResults.Structured(await run(new GraphPage(offset ?? 0, limit, _options.MaxOutputBytes)), MemoryJson.Default.GraphView);
    }
}
