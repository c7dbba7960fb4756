using System.ComponentModel;
using System.Text.Json;
using McpServers.Hosting;
using McpServers.Memory.Graph;
using McpServers.Memory.Storage;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Memory.Resources;

[McpServerResourceType]
internal sealed class KnowledgeGraphResource(GraphStore store)
{
    public const string Uri = "memory://knowledge-graph";

    [McpServerResource(UriTemplate = Uri, Name = "knowledge-graph", Title = "Knowledge Graph", MimeType = "application/json")]
    [Description("The full knowledge graph with all entities and relations")]
    public async Task<TextResourceContents> ReadAsync(CancellationToken cancellationToken)
    {
        var view = await store.ReadAsync(graph => graph.Read(new GraphPage(0, null, int.MaxValue)), cancellationToken);
        return new TextResourceContents { Uri = Uri, MimeType = "application/json", Text = ToolJson.Indented(view, MemoryJson.Default.GraphView) };
    }
}
