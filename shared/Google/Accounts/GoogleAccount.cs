namespace McpServers.Google.Accounts;

/// <summary>
/// One identity Google API calls can be made as: a person signed in through <c>auth login</c>, a service account, or a
/// ready access token. It signs requests and knows what to tell a person when Google refuses its credentials or scopes.
/// </summary>
public abstract class GoogleAccount(string name)
{
    /// <summary>The account's name: what tools take as <c>account</c>.</summary>
    public string Name { get; } = name;

    /// <summary><c>signed-in</c>, <c>service-account</c> or <c>access-token</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The scopes granted, when known.</summary>
    public abstract IReadOnlyList<string>? GrantedScopes { get; }

    /// <summary>A handler that puts this account's bearer token on each request (and renews it when it can).</summary>
    public abstract DelegatingHandler CreateAuthorizationHandler();

    /// <summary>What to do when Google answers 401 even after a renewed token.</summary>
    public abstract string RefusedCredentialsMessage(string said);

    /// <summary>What to do when the token lacks a scope the call needs (Google accepts any one of <paramref name="scopes"/>).</summary>
    public abstract string MissingScopeMessage(IReadOnlyList<string> scopes);

    /// <summary>The scopes as text for a message: "A or B".</summary>
    protected static string ScopeText(IReadOnlyList<string> scopes) => scopes.Count == 0 ? "a scope the call needs" : string.Join(" or ", scopes);
}
