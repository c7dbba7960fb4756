using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Hosting;

/// <summary>
/// Everything that makes one server different from the others: its names, its own options and its tools.
/// A server's Program.cs builds one of these and hands it to <see cref="McpHost.RunAsync"/>.
/// </summary>
public sealed class McpServerDefinition
{
    /// <summary>Short name, used as the key in Claude Desktop's <c>mcpServers</c> (e.g. <c>memory</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Executable name (e.g. <c>mcp-memory</c>), used in help and messages.</summary>
    public required string ExecutableName { get; init; }

    /// <summary>One paragraph shown at the top of <c>--help</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Optional instructions sent to clients in the initialize result.</summary>
    public string? Instructions { get; init; }

    /// <summary>Port used by <c>--transport http|sse</c> when <c>--port</c> is not given.</summary>
    public int DefaultPort { get; init; } = 3000;

    /// <summary>Options specific to this server, added to the shared command line.</summary>
    public IReadOnlyList<ServerOption> Options { get; init; } = [];

    /// <summary>
    /// The server's own known exceptions as messages for the tool's caller (null: not one of ours). Together with
    /// <see cref="ToolInputException"/> they become <c>isError</c> results; anything else is an internal error.
    /// </summary>
    public Func<Exception, IServiceProvider, string?>? DescribeToolError { get; init; }

    /// <summary>
    /// The server keeps state for each client (a browser, say). It then refuses <c>--stateless</c>, where no request can be
    /// told from another client's, and must not keep such state for sessionless requests (see <see cref="Sessions.ClientSession"/>).
    /// </summary>
    public bool KeepsClientState { get; init; }

    /// <summary>
    /// Verbs beside serving, e.g. the <c>auth</c> command of a server that signs in (McpServers.OAuth's <c>AuthCommand</c>).
    /// Each runs instead of the server when named on the command line.
    /// </summary>
    public IReadOnlyList<Command> Commands { get; init; } = [];

    /// <summary>Registers the server's own services (stores, clients, options).</summary>
    public Action<IServiceCollection, ServerSettings>? ConfigureServices { get; init; }

    /// <summary>Registers tools, resources and handlers, e.g. <c>b =&gt; b.WithTools&lt;MemoryTools&gt;()</c>.</summary>
    public required Action<IMcpServerBuilder> ConfigureMcp { get; init; }

    /// <summary>
    /// Runs before serving; a non-null result ends the process with that exit code instead of serving
    /// (used for one-shot verbs such as <c>mcp-memory --repair</c>).
    /// </summary>
    public Func<ServerSettings, IServiceProvider, CancellationToken, Task<int?>>? BeforeServe { get; init; }

    /// <summary>
    /// When set and it returns a task, stdio is served by that task instead of MCP: a pooled worker's own channel (see
    /// McpServers.WorkerRpc). Null from it keeps MCP, so the same program can still be run and tried by hand.
    /// </summary>
    public Func<IServiceProvider, CancellationToken, Task<int>?>? ServeStdioInstead { get; init; }

    /// <summary>
    /// HTTP endpoints of the server's own beside <c>/mcp</c> (an API, a page), served over http/sse only, behind the same
    /// token, Origin and Host checks as MCP.
    /// </summary>
    public Action<Microsoft.AspNetCore.Routing.IEndpointRouteBuilder>? MapHttp { get; init; }

    /// <summary>
    /// Path prefixes of <see cref="MapHttp"/> endpoints served without the token (still behind the Host and Origin checks):
    /// only for static files that hold no data, such as a web page that then calls the API with the token in a header.
    /// </summary>
    public IReadOnlyList<string> PublicHttpPaths { get; init; } = [];
}
