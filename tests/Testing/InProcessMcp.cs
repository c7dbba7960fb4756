using System.IO.Pipelines;
using McpServers.Hosting;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Testing;

/// <summary>
/// An MCP client and a server in this process, joined by pipes: fast tests of tool logic through the real protocol. The server
/// sees its client as the stdio client.
/// </summary>
public sealed class InProcessMcp : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly McpServer _server;
    private readonly Task _serverRun;
    private readonly CancellationTokenSource _stop = new();
    private readonly IDisposable _registration;

    private InProcessMcp(ServiceProvider services, McpServer server, McpClient client)
    {
        _services = services;
        _server = server;
        _registration = services.GetRequiredService<McpSessionRegistry>().Open(server);
        Client = client;
        _serverRun = server.RunAsync(_stop.Token);
    }

    public McpClient Client { get; private set; }

    public IServiceProvider Services => _services;

    /// <summary>Connects a client to the server described by <paramref name="definition"/>.</summary>
    public static async Task<InProcessMcp> StartAsync(McpServerDefinition definition, ServerSettings? settings = null,
        Action<IServiceCollection>? overrideServices = null, McpClientOptions? clientOptions = null)
    {
        var collection = new ServiceCollection();
        collection.AddMcpServerServices(definition, new HostSettings(), settings ?? ServerSettings.Empty);
        overrideServices?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var server = McpServer.Create(new StreamServerTransport(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream()),
            services.GetRequiredService<IOptions<McpServerOptions>>().Value, services.GetRequiredService<ILoggerFactory>(), services);
        var pair = new InProcessMcp(services, server, null!);
        pair.Client = await McpClient.CreateAsync(
            new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()),
            clientOptions ?? new McpClientOptions { ProtocolVersion = "2025-11-25" });
        return pair;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        _registration.Dispose();
        await _stop.CancelAsync();
        try
        {
            await _serverRun;
        }
        catch (OperationCanceledException)
        {
        }
        await _server.DisposeAsync();
        await _services.DisposeAsync();
        _stop.Dispose();
    }
}
