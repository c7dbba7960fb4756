using Microsoft.Extensions.Logging;

namespace McpServers.Hosting.CommandLine;

/// <summary>The options every server shares (see ARCHITECTURE.md, "Conventions"), declared once each.</summary>
internal sealed class CommonOptions(int defaultPort)
{
    public ServerOption<TransportKind> Transport { get; } = ServerOption.Choice("transport",
        "How clients connect: stdio (launched by the client), http (Streamable HTTP on /mcp) or sse (legacy /sse + /message)", "MCP_TRANSPORT",
        TransportKind.Stdio, "stdio",
        new Dictionary<string, TransportKind> { ["stdio"] = TransportKind.Stdio, ["http"] = TransportKind.Http, ["streamable-http"] = TransportKind.Http, ["sse"] = TransportKind.Sse },
        "stdio, http, sse");

    public ServerOption<string?> Host { get; } = ServerOption.Text("host",
        "Address to listen on for http/sse; anything but loopback requires --auth-token", "MCP_HOST", "127.0.0.1");

    public ServerOption<int> Port { get; } = ServerOption.Int("port", "Port to listen on for http/sse (0 picks a free port)", "MCP_PORT",
        defaultPort, 0, 65535);

    public ServerOption<string?> AuthToken { get; } = ServerOption.Text("auth-token",
        "Bearer token clients must send (Authorization: Bearer <token>) over http/sse", "MCP_AUTH_TOKEN", defaultText: "none");

    public ServerOption<IReadOnlyList<string>> AllowedOrigins { get; } = ServerOption.List("allowed-origins",
        "Comma-separated browser origins allowed to call (e.g. https://app.example.com), or *", "MCP_ALLOWED_ORIGINS", "loopback origins only");

    public ServerOption<IReadOnlyList<string>> AllowedHosts { get; } = ServerOption.List("allowed-hosts",
        "Comma-separated Host header names accepted (DNS-rebinding guard), or *", "MCP_ALLOWED_HOSTS", "loopback names when bound to loopback, else any");

    public ServerOption<LogLevel> LogLevel { get; } = ServerOption.Choice("log-level",
        "Least severe log level written to stderr: trace, debug, information, warning, error, critical, none", "MCP_LOG_LEVEL",
        Microsoft.Extensions.Logging.LogLevel.Warning, "warning",
        new Dictionary<string, LogLevel>
        {
            ["trace"] = Microsoft.Extensions.Logging.LogLevel.Trace, ["debug"] = Microsoft.Extensions.Logging.LogLevel.Debug,
            ["info"] = Microsoft.Extensions.Logging.LogLevel.Information, ["information"] = Microsoft.Extensions.Logging.LogLevel.Information,
            ["warn"] = Microsoft.Extensions.Logging.LogLevel.Warning, ["warning"] = Microsoft.Extensions.Logging.LogLevel.Warning,
            ["error"] = Microsoft.Extensions.Logging.LogLevel.Error, ["critical"] = Microsoft.Extensions.Logging.LogLevel.Critical,
            ["none"] = Microsoft.Extensions.Logging.LogLevel.None, ["off"] = Microsoft.Extensions.Logging.LogLevel.None,
        },
        "trace, debug, information, warning, error, critical, none");

    public ServerOption<bool> Stateless { get; } = ServerOption.Flag("stateless",
        "Streamable HTTP without sessions: every POST stands alone, no GET stream, no per-client state", "MCP_STATELESS");

    public ServerOption<TimeSpan> SessionIdleTimeout { get; } = ServerOption.Duration("session-idle-timeout",
        "Close an HTTP session after this long without requests (e.g. 90s, 30m, 2h)", "MCP_SESSION_IDLE_TIMEOUT", TimeSpan.FromMinutes(30));

    public ServerOption<int> MaxSessions { get; } = ServerOption.Int("max-sessions", "Most HTTP sessions open at once; more are refused with 503",
        "MCP_MAX_SESSIONS", 100, 1, 100_000);

    public ServerOption<long> MaxBodyBytes { get; } = ServerOption.Size("max-body-bytes", "Largest HTTP request body accepted; larger ones get 413",
        "MCP_MAX_BODY_BYTES", 4 * 1024 * 1024, 1024);

    public ServerOption<bool> PrintConfig { get; } = ServerOption.Flag("print-config",
        "Print the Claude Desktop configuration entry for this server (with the other options given) and exit");

    public IReadOnlyList<ServerOption> All =>
        [Transport, Host, Port, AuthToken, AllowedOrigins, AllowedHosts, LogLevel, Stateless, SessionIdleTimeout, MaxSessions, MaxBodyBytes, PrintConfig];

    /// <summary>The host settings these options say.</summary>
    public HostSettings Read(ServerSettings values) => new()
    {
        Transport = values.Get(Transport),
        Host = values.Get(Host) ?? "127.0.0.1",
        Port = values.Get(Port),
        AuthToken = values.Get(AuthToken) is { Length: > 0 } token ? token : null,
        AllowedOrigins = values.Get(AllowedOrigins),
        AllowedHosts = values.Get(AllowedHosts),
        LogLevel = values.Get(LogLevel),
        Stateless = values.Get(Stateless),
        SessionIdleTimeout = values.Get(SessionIdleTimeout),
        MaxSessions = values.Get(MaxSessions),
        MaxRequestBodyBytes = values.Get(MaxBodyBytes),
    };
}
