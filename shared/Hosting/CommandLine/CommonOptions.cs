using System.CommandLine;

namespace McpServers.Hosting.CommandLine;

/// <summary>The command-line options every server shares, each with its environment variable.</summary>
internal sealed class CommonOptions
{
    private readonly Dictionary<Option, string> _environmentVariables = [];

    public CommonOptions()
    {
        Transport = Text("--transport", "MCP_TRANSPORT",
            "How clients connect: stdio (launched by the client), http (Streamable HTTP on /mcp) or sse (legacy /sse + /message)", "stdio");
        Host = Text("--host", "MCP_HOST", "Address to listen on for http/sse; anything but loopback requires --auth-token", "127.0.0.1");
        Port = Text("--port", "MCP_PORT", "Port to listen on for http/sse (0 picks a free port)", "the server's own port");
        AuthToken = Text("--auth-token", "MCP_AUTH_TOKEN", "Bearer token clients must send (Authorization: Bearer <token>) over http/sse", "none");
        AllowedOrigins = Text("--allowed-origins", "MCP_ALLOWED_ORIGINS",
            "Comma-separated browser origins allowed to call (e.g. https://app.example.com), or *", "loopback origins only");
        AllowedHosts = Text("--allowed-hosts", "MCP_ALLOWED_HOSTS",
            "Comma-separated Host header names accepted (DNS-rebinding guard), or *", "loopback names when bound to loopback, else any");
        LogLevel = Text("--log-level", "MCP_LOG_LEVEL",
            "Least severe log level written to stderr: trace, debug, information, warning, error, critical, none", "warning");
        Stateless = Flag("--stateless", "MCP_STATELESS", "Streamable HTTP without sessions: every POST stands alone, no GET stream");
        SessionIdleTimeout = Text("--session-idle-timeout", "MCP_SESSION_IDLE_TIMEOUT",
            "Close an HTTP session after this long without requests (e.g. 90s, 30m, 2h)", "30m");
        MaxSessions = Text("--max-sessions", "MCP_MAX_SESSIONS", "Most HTTP sessions open at once; more are refused with 503", "100");
        MaxBodyBytes = Text("--max-body-bytes", "MCP_MAX_BODY_BYTES", "Largest HTTP request body accepted; larger ones get 413", "4194304");
        PrintConfig = Flag("--print-config", null, "Print the Claude Desktop configuration entry for this server (with the other options given) and exit");
    }

    public Option<string> Transport { get; }
    public Option<string> Host { get; }
    public Option<string> Port { get; }
    public Option<string> AuthToken { get; }
    public Option<string> AllowedOrigins { get; }
    public Option<string> AllowedHosts { get; }
    public Option<string> LogLevel { get; }
    public Option<bool> Stateless { get; }
    public Option<string> SessionIdleTimeout { get; }
    public Option<string> MaxSessions { get; }
    public Option<string> MaxBodyBytes { get; }
    public Option<bool> PrintConfig { get; }

    public IEnumerable<Option> All =>
        [Transport, Host, Port, AuthToken, AllowedOrigins, AllowedHosts, LogLevel, Stateless, SessionIdleTimeout, MaxSessions, MaxBodyBytes, PrintConfig];

    public string? EnvironmentVariableOf(Option option) => _environmentVariables.GetValueOrDefault(option);

    private Option<string> Text(string name, string env, string description, string defaultDescription) =>
        Register(new Option<string>(name) { Description = OptionText.Describe(description, env, defaultDescription), HelpName = "value" }, env);

    private Option<bool> Flag(string name, string? env, string description) =>
        Register(new Option<bool>(name) { Description = OptionText.Describe(description, env, null), Arity = ArgumentArity.Zero }, env);

    private T Register<T>(T option, string? env) where T : Option
    {
        if (env is not null)
            _environmentVariables[option] = env;
        return option;
    }
}
