using Microsoft.Extensions.Logging;

namespace McpServers.Hosting.CommandLine;

/// <summary>The options every server shares (see ARCHITECTURE.md, "Conventions").</summary>
public sealed record HostSettings
{
    /// <summary>Transport to serve.</summary>
    public TransportKind Transport { get; init; } = TransportKind.Stdio;

    /// <summary>Address to bind for HTTP transports.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port for HTTP transports; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Bearer token required on HTTP requests, or null for none.</summary>
    public string? AuthToken { get; init; }

    /// <summary>Browser origins allowed to call; empty means loopback origins only.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>Host header values allowed; empty means loopback names when bound to loopback, anything otherwise.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Minimum level written to stderr.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Serve Streamable HTTP without sessions (each POST stands alone).</summary>
    public bool Stateless { get; init; }

    /// <summary>An HTTP session with no request for this long is closed.</summary>
    public TimeSpan SessionIdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Most HTTP sessions open at once.</summary>
    public int MaxSessions { get; init; } = 100;

    /// <summary>Largest accepted HTTP request body.</summary>
    public long MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;
}
