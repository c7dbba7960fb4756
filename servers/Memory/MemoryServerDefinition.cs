using McpServers.Hosting;
using McpServers.Memory.Resources;
using McpServers.Memory.Storage;
using McpServers.Memory.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Memory;

/// <summary>mcp-memory: the knowledge-graph memory server, a drop-in for the official one that is safe across processes.</summary>
public static class MemoryServerDefinition
{
    public const string MemoryFileOption = "memory-file";
    public const string MaxOutputBytesOption = "max-output-bytes";
    public const string RepairOption = "repair";
    public const string CheckpointRecordsOption = "checkpoint-records";

    public static McpServerDefinition Create() => new()
    {
        Name = "memory",
        ExecutableName = "mcp-memory",
        Description = "Knowledge-graph memory for AI agents: entities, relations and observations in one JSONL file, "
            + "compatible with the official memory server's tools and file, and safe when many processes share the file.",
        Instructions = "Use this server to remember facts across conversations: entities (people, projects, things) with observations, "
            + "and relations between them. Search before creating to avoid duplicates.",
        DefaultPort = 3101,
        Options =
        [
            new(MemoryFileOption, "The JSONL memory file (relative paths resolve against the working directory)", "MEMORY_FILE_PATH",
                "$XDG_DATA_HOME/mcp-servers/memory/memory.jsonl"),
            new(MaxOutputBytesOption, "Largest JSON that read_graph/search_nodes return before paging", "MEMORY_MAX_OUTPUT_BYTES", "262144"),
            new(CheckpointRecordsOption, "Fold the write-ahead log (<file>.wal) into the memory file once it holds this many changes",
                "MEMORY_CHECKPOINT_RECORDS", "2000"),
            new(RepairOption, "Move unreadable lines of the memory file to <file>.rejected, keep the rest, and exit", IsFlag: true),
        ],
        ConfigureServices = (services, settings) =>
        {
            services.AddSingleton(_ => MemoryFileOptions.From(settings));
            services.AddSingleton<GraphStore>();
            services.AddSingleton<GraphSubscriptions>();
            // Tool objects are stateless: one each, instead of one per call.
            services.AddSingleton<EntityTools>();
            services.AddSingleton<RelationTools>();
            services.AddSingleton<ObservationTools>();
            services.AddSingleton<GraphQueryTools>();
        },
        ConfigureMcp = mcp => mcp
            .WithTools<EntityTools>()
            .WithTools<RelationTools>()
            .WithTools<ObservationTools>()
            .WithTools<GraphQueryTools>()
            .WithResources<KnowledgeGraphResource>()
            .WithSubscribeToResourcesHandler((context, _) =>
            {
                context.Services!.GetRequiredService<GraphSubscriptions>().Subscribe(context.Server.SessionId);
                return ValueTask.FromResult(new ModelContextProtocol.Protocol.EmptyResult());
            })
            .WithUnsubscribeFromResourcesHandler((context, _) =>
            {
                context.Services!.GetRequiredService<GraphSubscriptions>().Unsubscribe(context.Server.SessionId);
                return ValueTask.FromResult(new ModelContextProtocol.Protocol.EmptyResult());
            }),
        BeforeServe = (settings, services, _) =>
        {
            // Resolving the options here turns a bad value into a usage error (exit 2) at start, not at the first call.
            var options = services.GetRequiredService<MemoryFileOptions>();
            int? exitCode = settings.IsSet(RepairOption) ? GraphRepair.Run(options, Console.Error) : null;
            return Task.FromResult(exitCode);
        },
    };
}
