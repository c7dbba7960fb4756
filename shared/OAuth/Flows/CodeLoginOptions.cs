namespace McpServers.OAuth.Flows;

/// <summary>How an authorization-code sign-in reaches the person and gets the answer back.</summary>
public sealed record CodeLoginOptions
{
    /// <summary>Do not try to open a browser: print the URL and accept the pasted answer (SSH, Docker).</summary>
    public bool NoBrowser { get; init; }

    /// <summary>
    /// A fixed, registered redirect URI instead of a loopback one on a free port. When it is a 127.0.0.1/localhost
    /// http URI with a port, it is listened on; otherwise the person pastes the address the browser lands on.
    /// </summary>
    public Uri? RedirectUri { get; init; }

    /// <summary>How long to wait for the person.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);
}
