namespace McpServers.Hub.Config;

/// <summary>
/// One entry of <c>mcpServers</c>: Claude Desktop's fields (<c>command</c>, <c>args</c>, <c>env</c> for a stdio server;
/// <c>url</c>, <c>headers</c> for a remote one) plus the hub's own.
/// </summary>
internal sealed partial record HubServerConfig
{
    public required string Name { get; init; }

    /// <summary>The program of a stdio server; null for a remote one.</summary>
    public string? Command { get; init; }

    public IReadOnlyList<string> Args { get; init; } = [];

    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary>A remote server's MCP endpoint (Streamable HTTP, or legacy SSE); null for a stdio server.</summary>
    public Uri? Url { get; init; }

    /// <summary>The remote server speaks the legacy SSE transport (<c>"type": "sse"</c>); otherwise Streamable HTTP is tried first.</summary>
    public bool Sse { get; init; }

    /// <summary>Headers sent to a remote server (an <c>Authorization</c> header, say). Their values are treated as secrets.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Env names whose values are secrets (besides names that say so: *TOKEN*, *SECRET*, *PASSWORD*, *KEY*, ...).</summary>
    public IReadOnlyList<string> SecretEnv { get; init; } = [];

    /// <summary><c>stdio</c> or <c>http</c>.</summary>
    public string Transport => Url is null ? "stdio" : "http";

    /// <summary>Whether an env value is a secret: marked in <c>secretEnv</c>, or its name says so.</summary>
    public bool IsSecretEnv(string name) => SecretEnv.Contains(name) || IsSecretName(name);

    /// <summary>
    /// The values never shown or logged: secret env values, every header value (and its credentials after the scheme
    /// word), and the password and query values of a remote server's URL.
    /// </summary>
    public IReadOnlyCollection<string> SecretValues() =>
        [.. Env.Where(p => IsSecretEnv(p.Key)).Select(p => p.Value), .. Headers.Values, .. Headers.Values.Select(v => v.Split(' ', 2)[^1]),
            .. UrlSecrets()];

    private IEnumerable<string> UrlSecrets()
    {
        if (Url is null)
            yield break;
        if (Url.UserInfo.Split(':', 2) is [_, var password])
            yield return Uri.UnescapeDataString(password);
        foreach (var pair in Url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.Split('=', 2) is [_, var value] && value.Length > 0)
                yield return Uri.UnescapeDataString(value);
        }
    }

    /// <summary>Whether a name (an env variable, a command-line flag) says its value is a secret.</summary>
    public static bool IsSecretName(string name) => SecretName().IsMatch(name);

    [System.Text.RegularExpressions.GeneratedRegex("(?i)token|secret|passw|credential|key|auth")]
    private static partial System.Text.RegularExpressions.Regex SecretName();

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
        Name == other.Name && Command == other.Command && Args.SequenceEqual(other.Args) && Same(Env, other.Env)
        && Url == other.Url && Sse == other.Sse && Same(Headers, other.Headers) && SecretEnv.SequenceEqual(other.SecretEnv)
        && Restart == other.Restart && HealthInterval == other.HealthInterval && AllowTools.SequenceEqual(other.AllowTools)
        && DenyTools.SequenceEqual(other.DenyTools) && Prefix == other.Prefix && PerClient == other.PerClient && Disabled == other.Disabled;

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);

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
