using McpServers.OAuth.Store;

namespace McpServers.OAuth.Tokens;

/// <summary>
/// The access token of one stored account, refreshed before it expires. Refreshes are single-flight in this process
/// (a semaphore) and across processes (the store's lock, then a re-read: a process that finds the token already renewed
/// by another uses it instead of spending the refresh token again, which providers that rotate refresh tokens would
/// treat as reuse and revoke). A rotated refresh token is stored; an answer without one keeps the old one.
/// This is what Google.Apis.Auth's <c>UserCredential</c> does within one process, with a plaintext data store.
/// </summary>
public sealed class AccountCredential : IAccessTokenSource
{
    private readonly TokenStore _store;
    private readonly TokenEndpointClient _client;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private TokenSet? _current;

    /// <summary>The credential of <paramref name="account"/>; <paramref name="loginCommand"/> is what the re-login message tells the person to run.</summary>
    public AccountCredential(TokenStore store, TokenEndpointClient client, string account, string loginCommand, TimeProvider? time = null)
    {
        _store = store;
        _client = client;
        _time = time ?? TimeProvider.System;
        Account = account;
        LoginCommand = loginCommand;
    }

    /// <summary>The account name.</summary>
    public string Account { get; }

    /// <summary>The command that signs this account in again.</summary>
    public string LoginCommand { get; }

    /// <summary>A usable access token, refreshed first when it expires within the provider's margin.</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var tokens = _current ?? Load();
        if (!tokens.ExpiresWithin(_client.Provider.RefreshMargin, _time.GetUtcNow()))
            return tokens.AccessToken;
        return (await RefreshAsync(tokens.AccessToken, cancellationToken)).AccessToken;
    }

    /// <inheritdoc />
    public async Task<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken = default) =>
        (await RefreshAsync(rejectedAccessToken, cancellationToken)).AccessToken;

    /// <summary>
    /// Renews the tokens because <paramref name="rejectedAccessToken"/> expired or was refused; returns whatever is current
    /// when someone else already renewed it.
    /// </summary>
    public async Task<TokenSet> RefreshAsync(string? rejectedAccessToken, CancellationToken cancellationToken = default)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } mine && IsUsable(mine, rejectedAccessToken))
                return mine;
            return await _store.UpdateAsync(async accounts =>
            {
                if (!accounts.TryGetValue(Account, out var stored))
                    throw NotSignedIn();
                if (IsUsable(stored.Tokens, rejectedAccessToken))
                    return _current = stored.Tokens;
                TokenSet fresh;
                try
                {
                    fresh = stored.Tokens.RefreshToken is not null ? await _client.RefreshAsync(stored.Tokens, cancellationToken)
                        : stored.Grant == "client_credentials" ? await _client.ClientCredentialsAsync(cancellationToken)
                        : throw new ReauthorizationRequiredException(Account, LoginCommand, "no refresh token was granted");
                }
                catch (OAuthException e) when (e.Error == "invalid_grant")
                {
                    throw new ReauthorizationRequiredException(Account, LoginCommand, "the provider no longer accepts its refresh token");
                }
                accounts[Account] = stored with { Tokens = fresh };
                return _current = fresh;
            }, cancellationToken);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool IsUsable(TokenSet tokens, string? rejected) =>
        tokens.AccessToken != rejected && !tokens.ExpiresWithin(_client.Provider.RefreshMargin, _time.GetUtcNow());

    private TokenSet Load() => _current = _store.Find(Account)?.Tokens ?? throw NotSignedIn();

    private ReauthorizationRequiredException NotSignedIn() => new(Account, LoginCommand, "it is not signed in");
}
