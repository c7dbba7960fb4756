using System.Net.Http.Headers;

namespace McpServers.Google.Accounts;

/// <summary>A ready access token from GOOGLE_OAUTH_ACCESS_TOKEN (e.g. <c>gcloud auth print-access-token</c>): for short jobs; never renewed.</summary>
public sealed class AccessTokenAccount(string token) : GoogleAccount(AccountName)
{
    /// <summary>The name this account goes by.</summary>
    public const string AccountName = "access-token";

    /// <inheritdoc />
    public override string Kind => "access-token";

    /// <inheritdoc />
    public override IReadOnlyList<string>? GrantedScopes => null;

    /// <inheritdoc />
    public override DelegatingHandler CreateAuthorizationHandler() => new StaticBearerHandler(token);

    /// <inheritdoc />
    public override string RefusedCredentialsMessage(string said) =>
        $"Google refused the access token in {GoogleOptions.AccessTokenVariable} ({said}); such tokens last an hour: set a fresh one.";

    /// <inheritdoc />
    public override string MissingScopeMessage(IReadOnlyList<string> scopes) =>
        $"The access token in {GoogleOptions.AccessTokenVariable} lacks the scope this call needs ({ScopeText(scopes)}): "
        + "get one that includes it (e.g. `gcloud auth print-access-token --scopes=...`).";

    private sealed class StaticBearerHandler(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
