using McpServers.Hosting;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Http;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Testing;

/// <summary>Starts a server definition over HTTP on 127.0.0.1 with a free port, in this process.</summary>
public static class HttpTestServer
{
    public static Task<McpHttpServer> StartAsync(McpServerDefinition definition, HostSettings? settings = null,
        ServerSettings? serverSettings = null, Action<IServiceCollection>? overrideServices = null)
    {
        var host = (settings ?? new HostSettings { Transport = TransportKind.Http }) with { Host = "127.0.0.1", Port = 0 };
        return McpHttpServer.StartAsync(definition, host, serverSettings ?? ServerSettings.Empty, overrideServices);
    }
}
