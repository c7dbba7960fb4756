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
using OpenTelemetry.Metrics;

namespace McpServers.Hub;

/// <summary>mcp-hub: runs the MCP servers of a Claude Desktop config, keeps them running, and offers all their tools as one server.</summary>
public static class HubServerDefinition
{
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
            services.AddSingleton<HubToolProxy>();
            services.AddSingleton<HubConfigWatcher>();
            HubOpenApi.AddServices(services);
            services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(HubMetrics.MeterName).AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        },
        ConfigureMcp = mcp => mcp
            .AddTools<HubTools>(HubJson.ToolOptions)
            .WithListToolsHandler((context, cancellationToken) => context.Services!.GetRequiredService<HubToolProxy>().ListAsync(context, cancellationToken))
            .WithCallToolHandler((context, cancellationToken) => context.Services!.GetRequiredService<HubToolProxy>().CallAsync(context, cancellationToken)),
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
