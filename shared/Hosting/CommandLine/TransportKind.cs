namespace McpServers.Hosting.CommandLine;

/// <summary>How a server talks to its client.</summary>
public enum TransportKind
{
    /// <summary>JSON-RPC over stdin/stdout; the client launched this process.</summary>
    Stdio,

    /// <summary>Streamable HTTP on <c>/mcp</c>.</summary>
    Http,

    /// <summary>Legacy HTTP+SSE (<c>GET /sse</c> + <c>POST /message</c>).</summary>
    Sse,
}
