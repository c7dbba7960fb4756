using McpServers.OAuth;
using McpServers.OAuth.Http;
using McpServers.OAuth.Store;
using McpServers.OAuth.Tokens;

namespace McpServers.Google.Accounts;

/// <summary>A person signed in with <c>auth login</c>: tokens from the encrypted store, renewed by McpServers.OAuth.</summary>
public sealed class SignedInAccount(string name, StoredAccount stored, OAuthAccounts oauth) : GoogleAccount(name)
{
    /// <inheritdoc />
    public override string Kind => "signed-in";

    /// <summary>What the store held when this account was read.</summary>
    public StoredAccount Stored { get; } = stored;

    /// <inheritdoc />
    public override IReadOnlyList<string>? GrantedScopes { get; } =
        stored.Tokens.Scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc />
    public override DelegatingHandler CreateAuthorizationHandler() => new BearerTokenHandler(new LazyCredential(oauth, Name));

    /// <inheritdoc />
    public override string RefusedCredentialsMessage(string said) =>
        $"Google refused the credentials of account '{Name}' ({said}). Sign it in again: `{oauth.LoginCommand(Name)}`.";

    /// <inheritdoc />
    public override string MissingScopeMessage(IReadOnlyList<string> scopes)
    {
        var wanted = (GrantedScopes ?? []).Concat(scopes.Take(1)).Distinct();
        return $"Account '{Name}' has not granted the scope this call needs ({ScopeText(scopes)}). "
            + $"Sign in again granting it: `{oauth.LoginCommand(Name)} --scopes \"{string.Join(' ', wanted)}\"`.";
    }

    /// <summary>The account's credential, resolved on first use (the provider may have to be discovered first).</summary>
    private sealed class LazyCredential(OAuthAccounts oauth, string account) : IAccessTokenSource
    {
        private Task<AccountCredential>? _credential;

        private Task<AccountCredential> CredentialAsync(CancellationToken cancellationToken) =>
            _credential is { IsCompletedSuccessfully: true } done ? done : _credential = oauth.CredentialAsync(account, cancellationToken);

        public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
            await (await CredentialAsync(cancellationToken)).GetAccessTokenAsync(cancellationToken);

        public async Task<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken = default) =>
            await (await CredentialAsync(cancellationToken)).RenewAccessTokenAsync(rejectedAccessToken, cancellationToken);
    }
}
