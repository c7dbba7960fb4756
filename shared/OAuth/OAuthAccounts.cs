using McpServers.OAuth.Flows;
using McpServers.OAuth.Providers;
using McpServers.OAuth.Store;
using McpServers.OAuth.Tokens;

namespace McpServers.OAuth;

/// <summary>
/// The signed-in accounts of one provider, for a server or the <c>auth</c> verbs: the store, sign-in, sign-out, and an
/// <see cref="AccountCredential"/> per account for API calls.
/// </summary>
public sealed class OAuthAccounts
{
    private readonly OAuthClientDefinition _definition;
    private readonly OAuthSettings _settings;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, AccountCredential> _credentials = [];
    private Task<TokenEndpointClient>? _client;

    /// <summary>Accounts of <paramref name="definition"/>'s provider as configured by <paramref name="settings"/>.</summary>
    public OAuthAccounts(OAuthClientDefinition definition, OAuthSettings settings, HttpClient http, TimeProvider? time = null)
    {
        _definition = definition;
        _settings = settings;
        _http = http;
        _time = time ?? TimeProvider.System;
        Store = new TokenStore(StoreDirectory.Resolve(settings.TokenStore), definition.ProviderName);
    }

    /// <summary>The encrypted store of this provider's accounts.</summary>
    public TokenStore Store { get; }

    /// <summary>The command that signs <paramref name="account"/> in.</summary>
    public string LoginCommand(string account) => $"{_definition.ExecutableName} auth login --account {account}";

    /// <summary>The provider, resolved (and discovered) once.</summary>
    public async Task<TokenEndpointClient> ClientAsync(CancellationToken cancellationToken = default) =>
        await (_client ??= CreateClientAsync(cancellationToken));

    /// <summary>The credential of <paramref name="account"/>, shared by every caller in this process.</summary>
    public async Task<AccountCredential> CredentialAsync(string account, CancellationToken cancellationToken = default)
    {
        var client = await ClientAsync(cancellationToken);
        lock (_credentials)
        {
            if (!_credentials.TryGetValue(account, out var credential))
                _credentials[account] = credential = new AccountCredential(Store, client, account, LoginCommand(account), _time);
            return credential;
        }
    }

    /// <summary>
    /// Drops this process's credential of <paramref name="account"/>, so the next call reads the store again: for a
    /// server that sees the account was signed in anew (by <c>auth login</c> in another process) while it runs.
    /// </summary>
    public void Forget(string account)
    {
        lock (_credentials)
            _credentials.Remove(account);
    }

    /// <summary>Signs <paramref name="account"/> in with the browser (or a pasted answer) and stores its tokens.</summary>
    public async Task<StoredAccount> LoginWithCodeAsync(string account, CodeLoginOptions options, ILoginConsole console, CancellationToken cancellationToken) =>
        await SaveAsync(account, "code", await new CodeLogin(await ClientAsync(cancellationToken), console).RunAsync(options, cancellationToken), cancellationToken);

    /// <summary>Signs <paramref name="account"/> in with the device flow and stores its tokens.</summary>
    public async Task<StoredAccount> LoginWithDeviceAsync(string account, ILoginConsole console, CancellationToken cancellationToken) =>
        await SaveAsync(account, "device", await new DeviceLogin(await ClientAsync(cancellationToken), console, _time).RunAsync(cancellationToken), cancellationToken);

    /// <summary>Gets client-credentials tokens for the application and stores them as <paramref name="account"/>.</summary>
    public async Task<StoredAccount> LoginWithClientCredentialsAsync(string account, CancellationToken cancellationToken) =>
        await SaveAsync(account, "client_credentials", await (await ClientAsync(cancellationToken)).ClientCredentialsAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// Revokes the account's tokens where the provider can, then forgets them. Returns what happened to the revocation
    /// (null: not signed in). The account is forgotten even when revocation fails: the person asked to be signed out here.
    /// </summary>
    public async Task<string?> LogoutAsync(string account, CancellationToken cancellationToken)
    {
        var stored = Store.Find(account);
        if (stored is null)
            return null;
        string outcome;
        try
        {
            var client = await ClientAsync(cancellationToken);
            var revoked = stored.Tokens.RefreshToken is { } refresh
                ? await client.RevokeAsync(refresh, "refresh_token", cancellationToken)
                : await client.RevokeAsync(stored.Tokens.AccessToken, "access_token", cancellationToken);
            outcome = revoked ? "tokens revoked at the provider" : "the provider has no revocation endpoint; tokens forgotten here only";
        }
        catch (OAuthException e)
        {
            outcome = $"revocation failed ({e.Message}); tokens forgotten here only";
        }
        await Store.UpdateAsync(accounts => Task.FromResult(accounts.Remove(account)), cancellationToken);
        lock (_credentials)
            _credentials.Remove(account);
        return outcome;
    }

    private async Task<StoredAccount> SaveAsync(string account, string grant, TokenSet tokens, CancellationToken cancellationToken)
    {
        var value = new StoredAccount { Tokens = tokens, Grant = grant, CreatedAt = _time.GetUtcNow() };
        await Store.SaveAsync(account, value, cancellationToken);
        lock (_credentials)
            _credentials.Remove(account);
        return value;
    }

    private async Task<TokenEndpointClient> CreateClientAsync(CancellationToken cancellationToken)
    {
        try
        {
            return new TokenEndpointClient(await _definition.ResolveAsync(_settings, _http, cancellationToken), _http, _time);
        }
        catch
        {
            _client = null; // a failed discovery is tried again on the next call
            throw;
        }
    }
}
