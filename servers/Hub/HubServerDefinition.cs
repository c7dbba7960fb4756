using McpServers.Hosting;
using McpServers.Hosting.CommandLine;
using McpServers.Hub.Aggregation;
using McpServers.Hub.Api;
using McpServers.Hub.Config;
using McpServers.Hub.Dashboard;
using McpServers.Hub.Logs;
using McpServers.Storage;
using McpServers.Hub.Supervision;
using McpServers.Hub.Tools;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using OpenTelemetry.Metrics;

namespace McpServers.Hub;

/// <summary>mcp-hub: runs the MCP servers of a Claude Desktop config, keeps them running, and offers all their tools as one server.</summary>
public static class HubServerDefinition
{
    private static HubProxy Proxy<T>(ModelContextProtocol.Server.RequestContext<T> context) => context.Services!.GetRequiredService<HubProxy>();

    /// <summary>The hub's prompts and resources change as its servers come and go: it says so, and sends the notifications.</summary>
    private static IMcpServerBuilder DeclareListChanges(IMcpServerBuilder mcp)
    {
        mcp.Services.PostConfigure<McpServerOptions>(options =>
        {
            options.Capabilities ??= new ServerCapabilities();
            options.Capabilities.Prompts ??= new PromptsCapability();
            options.Capabilities.Prompts.ListChanged = true;
            options.Capabilities.Resources ??= new ResourcesCapability();
            options.Capabilities.Resources.ListChanged = true;
        });
        return mcp;
    }

    public static McpServerDefinition Create() => new()
    {
        Name = "hub",
        ExecutableName = "mcp-hub",
        Description = "Runs the MCP servers of a Claude Desktop config file (--config), keeps them running (restart with backoff, "
            + "health pings, crash-loop detection, no child outliving the hub) and offers all their tools as one server, "
            + "named <server>__<tool>, with hub_find_tools, hub_call_batch, hub_servers and hub_restart_server beside them.",
        Instructions = "Tools are named <server>__<tool>. Use hub_find_tools to find one, hub_call_batch to run many at once, "
            + "hub_servers to see which servers run.",
        DefaultPort = 3110,
        Options = HubOptions.All,
        ConfigureServices = (services, settings) =>
        {
            services.AddSingleton(new SupervisionTimings(settings.Get(HubOptions.RestartDelay), settings.Get(HubOptions.StartTimeout)));
            services.AddSingleton(new JournalSettings(
                DataPaths.Resolve(settings.Get(HubOptions.LogDirectory) ?? Path.Combine(DataPaths.DataDirectory("hub"), "logs")),
                settings.Get(HubOptions.LogMaxSize), settings.Get(HubOptions.LogFiles)));
            services.AddSingleton<HubJournal>();
            services.AddSingleton<HubServers>();
            services.AddSingleton<HubProxy>();
            services.AddSingleton<HubConfigWatcher>();
            HubOpenApi.AddServices(services);
            services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(HubMetrics.MeterName).AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        },
        ConfigureMcp = mcp => DeclareListChanges(mcp)
            .AddTools<HubTools>(HubJson.ToolOptions)
            .WithListToolsHandler((context, cancellationToken) => Proxy(context).ListToolsAsync(context, cancellationToken))
            .WithCallToolHandler((context, cancellationToken) => Proxy(context).CallToolAsync(context, cancellationToken))
            .WithListPromptsHandler((context, cancellationToken) => Proxy(context).ListPromptsAsync(context, cancellationToken))
            .WithGetPromptHandler((context, cancellationToken) => Proxy(context).GetPromptAsync(context, cancellationToken))
            .WithListResourcesHandler((context, cancellationToken) => Proxy(context).ListResourcesAsync(context, cancellationToken))
            .WithListResourceTemplatesHandler((context, cancellationToken) => Proxy(context).ListResourceTemplatesAsync(context, cancellationToken))
            .WithReadResourceHandler((context, cancellationToken) => Proxy(context).ReadResourceAsync(context, cancellationToken)),
        MapHttp = endpoints =>
        {
            HubApi.Map(endpoints);
            HubOpenApi.Map(endpoints);
            DashboardFiles.Map(endpoints);
        },
        PublicHttpPaths = [DashboardFiles.Path],
        BeforeServe = async (settings, services, _) =>
        {
            var path = settings.Get(HubOptions.Config) ?? throw new UsageException("--config (or HUB_CONFIG) is required: the file of servers to run.");
            IReadOnlyList<HubServerConfig> configs;
            try
            {
                configs = HubConfigReader.ReadFile(path);
            }
            catch (HubConfigException e)
            {
                throw new UsageException(e.Message);
            }
            var servers = services.GetRequiredService<HubServers>();
            await servers.StartAsync(configs, settings.Get(HubOptions.StartTimeout));
            services.GetRequiredService<HubConfigWatcher>().Start(path);
            return null;
        },
    };
}
