using ModelContextProtocol;
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
        var tools = ListAsync(capabilities.Tools is not null, () => client.ListToolsAsync(cancellationToken: cancellationToken));
        var prompts = ListAsync(capabilities.Prompts is not null, () => client.ListPromptsAsync(cancellationToken: cancellationToken));
        var resources = ListAsync(capabilities.Resources is not null, () => client.ListResourcesAsync(cancellationToken: cancellationToken));
        var templates = ListAsync(capabilities.Resources is not null, () => client.ListResourceTemplatesAsync(cancellationToken: cancellationToken));
        await Task.WhenAll(tools, prompts, resources, templates);
        return new([.. (await tools).Select(t => t.ProtocolTool)], [.. (await prompts).Select(p => p.ProtocolPrompt)],
            [.. (await resources).Select(r => r.ProtocolResource)], [.. (await templates).Select(t => t.ProtocolResourceTemplate)]);
    }

    /// <summary>One list, when the capabilities say there is one; a server that has the capability but not this method ("method not found") has none.</summary>
    private static async Task<IList<T>> ListAsync<T>(bool offered, Func<ValueTask<IList<T>>> list)
    {
        if (!offered)
            return [];
        try
        {
            return await list();
        }
        catch (McpProtocolException e) when (e.ErrorCode == McpErrorCode.MethodNotFound)
        {
            return [];
        }
    }
}
