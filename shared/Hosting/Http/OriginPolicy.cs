using McpServers.Hosting.CommandLine;

namespace McpServers.Hosting.Http;

/// <summary>
/// Which browser origins and Host names may reach the server. A web page the user visits must not be able to
/// drive a local MCP server, directly (Origin) or through DNS rebinding (Host), so both are checked.
/// </summary>
internal sealed class OriginPolicy
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]", "::1"];
    private readonly HashSet<string> _origins;
    private readonly bool _anyOrigin;
    private readonly HashSet<string> _hosts;
    private readonly bool _anyHost;

    public OriginPolicy(HostSettings settings, bool boundToLoopback)
    {
        _anyOrigin = settings.AllowedOrigins.Contains("*");
        _origins = new(settings.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        _anyHost = settings.AllowedHosts.Contains("*") || (settings.AllowedHosts.Count == 0 && !boundToLoopback);
        _hosts = new(settings.AllowedHosts.Count > 0 ? settings.AllowedHosts : LoopbackNames, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Requests without an Origin come from non-browser clients and are allowed.</summary>
    public bool IsOriginAllowed(string? origin)
    {
        if (string.IsNullOrEmpty(origin) || _anyOrigin)
            return true;
        if (_origins.Count > 0)
            return _origins.Contains(origin.TrimEnd('/'));
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && LoopbackNames.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The Host header without its port must be an allowed name.</summary>
    public bool IsHostAllowed(string? hostHeader)
    {
        if (_anyHost)
            return true;
        if (string.IsNullOrEmpty(hostHeader))
            return false;
        return _hosts.Contains(StripPort(hostHeader));
    }

    private static string StripPort(string host)
    {
        if (host.StartsWith('['))
            return host[..(host.IndexOf(']') + 1)];
        var colon = host.LastIndexOf(':');
        return colon >= 0 ? host[..colon] : host;
    }
}
