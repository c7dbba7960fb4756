using System.Collections.Concurrent;

namespace McpServers.FakeGoogle.Hosting;

/// <summary>Which account and scopes a bearer token stands for, and which tokens have expired.</summary>
internal sealed class AccountRegistry
{
    private readonly ConcurrentDictionary<string, Grant> _grants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _expired = new(StringComparer.Ordinal);

    public Func<string, string?>? Resolver { get; set; }

    public void Add(string email, string accessToken, string[] scopes)
    {
        _grants[accessToken] = new Grant(email, scopes);
        _expired.TryRemove(accessToken, out _);
    }

    public void Expire(string accessToken) => _expired[accessToken] = true;

    /// <summary>The grant of a token, or null when it is unknown or expired (401).</summary>
    public Grant? Authenticate(string token)
    {
        if (_expired.ContainsKey(token)) return null;
        if (_grants.TryGetValue(token, out var grant)) return grant;
        // Tokens from a real OAuth server carry no scope list the fake knows, so they may call every method.
        return Resolver?.Invoke(token) is { } email ? new Grant(email, null) : null;
    }

    /// <param name="Scopes">Null when unknown (a resolved token): every scope check passes.</param>
    internal sealed record Grant(string Email, IReadOnlyCollection<string>? Scopes);
}
