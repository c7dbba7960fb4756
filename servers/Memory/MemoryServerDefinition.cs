using McpServers.Hosting;
using McpServers.Hosting.Sessions;
using McpServers.Memory.Resources;
using McpServers.Memory.Storage;
using McpServers.Memory.Tools;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;

namespace McpServers.Memory;

/// <summary>mcp-memory: the knowledge-graph memory server, a drop-in for the official one that is safe across processes.</summary>
public static class MemoryServerDefinition
{
    public static McpServerDefinition Create() => new()
    {
        Name = "memory",
        ExecutableName = "mcp-memory",
        Description = "Knowledge-graph memory for AI agents: entities, relations and observations in one JSONL file, "
            + "compatible with the official memory server's tools and file, and safe when many processes share the file.",
        Instructions = "Use this server to remember facts across conversations: entities (people, projects, things) with observations, "
            + "and relations between them. Search before creating to avoid duplicates.",
        DefaultPort = 3101,
        Options = MemoryFileOptions.All,
        ConfigureServices = (services, settings) =>
        {
            services.AddSingleton(_ => MemoryFileOptions.From(settings));
            services.AddSingleton<GraphStore>();
            services.AddSingleton<GraphSubscriptions>();
        },
        DescribeToolError = (e, services) => GraphCall.Describe(e, services.GetRequiredService<MemoryFileOptions>().FilePath),
        ConfigureMcp = mcp => mcp
            .AddTools<EntityTools>(MemoryJson.ToolOptions)
            .AddTools<RelationTools>(MemoryJson.ToolOptions)
            .AddTools<ObservationTools>(MemoryJson.ToolOptions)
            .AddTools<GraphQueryTools>(MemoryJson.ToolOptions)
            .WithResources<KnowledgeGraphResource>()
            .WithSubscribeToResourcesHandler((context, _) =>
            {
                context.Services!.GetRequiredService<GraphSubscriptions>().Subscribe(context.Server);
                return ValueTask.FromResult(new EmptyResult());
            })
            .WithUnsubscribeFromResourcesHandler((context, _) =>
            {
                context.Services!.GetRequiredService<GraphSubscriptions>().Unsubscribe(context.Server);
                return ValueTask.FromResult(new EmptyResult());
            }),
        BeforeServe = (settings, services, _) =>
        {
            // Resolving the options here turns a bad value into a usage error (exit 2) at start, not at the first call.
            var options = services.GetRequiredService<MemoryFileOptions>();
            int? exitCode = settings.Get(MemoryFileOptions.Repair) ? GraphRepair.Run(options, Console.Error) : null;
            return Task.FromResult(exitCode);
        },
    };
}
