using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Hub.Supervision;

/// <summary>What a server offers, as listed after each (re)start and each list_changed: tools, prompts, resources and templates.</summary>
internal sealed record ServerCatalog(IReadOnlyList<Tool> Tools, IReadOnlyList<Prompt> Prompts, IReadOnlyList<Resource> Resources,
    IReadOnlyList<ResourceTemplate> ResourceTemplates)
{
    public static readonly ServerCatalog Empty = new([], [], [], []);

    public bool IsEmpty => Tools.Count + Prompts.Count + Resources.Count + ResourceTemplates.Count == 0;

    /// <summary>Lists what the server's capabilities say it has (a server without prompts is not asked for them).</summary>
    public static async Task<ServerCatalog> ListAsync(McpClient client, CancellationToken cancellationToken)
    {
        // Asked at once, not one after another: a restarted server is offered again sooner.
        var capabilities = client.ServerCapabilities;
        var tools = capabilities.Tools is null ? Task.FromResult<IList<McpClientTool>>([]) : client.ListToolsAsync(cancellationToken: cancellationToken).AsTask();
        var prompts = capabilities.Prompts is null ? Task.FromResult<IList<McpClientPrompt>>([]) : client.ListPromptsAsync(cancellationToken: cancellationToken).AsTask();
        var resources = capabilities.Resources is null ? Task.FromResult<IList<McpClientResource>>([]) : client.ListResourcesAsync(cancellationToken: cancellationToken).AsTask();
        var templates = capabilities.Resources is null ? Task.FromResult<IList<McpClientResourceTemplate>>([]) : client.ListResourceTemplatesAsync(cancellationToken: cancellationToken).AsTask();
        await Task.WhenAll(tools, prompts, resources, templates);
        return new([.. (await tools).Select(t => t.ProtocolTool)], [.. (await prompts).Select(p => p.ProtocolPrompt)],
            [.. (await resources).Select(r => r.ProtocolResource)], [.. (await templates).Select(t => t.ProtocolResourceTemplate)]);
    }
}
