using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Hosting.Sessions;

/// <summary>Creates the MCP server object for one session over a given transport, with the server's tools.</summary>
internal sealed class McpSessionFactory(IOptions<McpServerOptions> options, ILoggerFactory loggerFactory, IServiceProvider services)
{
    public McpServer Create(ITransport transport) => McpServer.Create(transport, options.Value, loggerFactory, services);

    public McpServerOptions Options => options.Value;

    public ILoggerFactory LoggerFactory => loggerFactory;
}
