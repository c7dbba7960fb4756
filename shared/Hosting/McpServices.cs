using System.Reflection;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Logging;
using McpServers.Hosting.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting;

/// <summary>Registers what every server needs, then the server's own services and tools.</summary>
internal static class McpServices
{
    public static IMcpServerBuilder AddMcpServerServices(this IServiceCollection services, McpServerDefinition definition,
        HostSettings host, ServerSettings server)
    {
        services.AddStderrLogging(host.LogLevel);
        services.AddSingleton(definition);
        services.AddSingleton(host);
        services.AddSingleton(server);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<McpSessionRegistry>();
        definition.ConfigureServices?.Invoke(services, server);
        var builder = services.AddMcpServer(options =>
        {
            options.ServerInfo = new Implementation { Name = definition.ExecutableName, Version = VersionOf(definition) };
            options.ServerInstructions = definition.Instructions;
        });
        var toolCalls = new ToolCallFilter(definition.DescribeToolError);
        builder.WithRequestFilters(filters => filters.AddCallToolFilter(toolCalls.Wrap));
        definition.ConfigureMcp(builder);
        return builder;
    }

    public static string VersionOf(McpServerDefinition definition)
    {
        var assembly = typeof(McpServices).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
    }
}
