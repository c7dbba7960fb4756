using System.Net;
using McpServers.Hosting.CommandLine;

namespace McpServers.Hosting.Http;

/// <summary>The address an HTTP transport binds, and whether it is reachable only from this machine.</summary>
internal sealed record ListenAddress(IPAddress Address, bool IsLoopback)
{
    public static ListenAddress Resolve(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return new(IPAddress.Loopback, true);
        var text = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (!IPAddress.TryParse(text, out var address))
            throw new UsageException($"--host '{host}' is not an IP address or 'localhost' (examples: 127.0.0.1, 0.0.0.0, ::)");
        return new(address, IPAddress.IsLoopback(address));
    }
}
