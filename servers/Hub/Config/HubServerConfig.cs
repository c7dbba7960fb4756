namespace McpServers.Hub.Config;

/// <summary>
/// One entry of <c>mcpServers</c>: Claude Desktop's fields (<c>command</c>, <c>args</c>, <c>env</c>) plus the hub's own.
/// </summary>
internal sealed record HubServerConfig
{
    public required string Name { get; init; }

    public required string Command { get; init; }

    public IReadOnlyList<string> Args { get; init; } = [];

    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary>When the hub starts the server again after it exits.</summary>
    public RestartPolicy Restart { get; init; } = RestartPolicy.Always;

    /// <summary>How often the hub pings the server; three failures in a row restart it.</summary>
    public TimeSpan HealthInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Only these tools are offered (empty: all).</summary>
    public IReadOnlyList<string> AllowTools { get; init; } = [];

    /// <summary>These tools are never offered.</summary>
    public IReadOnlyList<string> DenyTools { get; init; } = [];

    /// <summary>What the server's tools are prefixed with (<c>&lt;prefix&gt;__&lt;tool&gt;</c>); the name when not given.</summary>
    public required string Prefix { get; init; }

    /// <summary>
    /// The server keeps state for each client (a browser, a login): every hub client gets a process of its own, started on
    /// its first call and ended with its session, instead of sharing one.
    /// </summary>
    public bool PerClient { get; init; }

    /// <summary>Kept in the file but not started.</summary>
    public bool Disabled { get; init; }

    /// <summary>True when a running server of <paramref name="other"/>'s config would be the same (no restart needed).</summary>
    public bool SameAs(HubServerConfig other) =>
        Name == other.Name && Command == other.Command && Args.SequenceEqual(other.Args)
        && Env.Count == other.Env.Count && Env.All(p => other.Env.TryGetValue(p.Key, out var v) && v == p.Value)
        && Restart == other.Restart && HealthInterval == other.HealthInterval && AllowTools.SequenceEqual(other.AllowTools)
        && DenyTools.SequenceEqual(other.DenyTools) && Prefix == other.Prefix && PerClient == other.PerClient && Disabled == other.Disabled;

    public bool Offers(string tool) => (AllowTools.Count == 0 || AllowTools.Contains(tool)) && !DenyTools.Contains(tool);
}

/// <summary>When an exited server is started again.</summary>
internal enum RestartPolicy
{
    /// <summary>Whatever the exit code.</summary>
    Always,

    /// <summary>Only after a non-zero exit code or a signal.</summary>
    OnFailure,

    /// <summary>Never: it stays stopped until started through the hub.</summary>
    Never,
}
