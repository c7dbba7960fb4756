using McpServers.Hosting;
using McpServers.OAuth;

namespace McpServers.Google.Accounts;

/// <summary>
/// The accounts a server can act as: people signed in with <c>auth login</c> (read from the store on each look-up, so a
/// sign-in made while the server runs is seen), a service account (<c>--service-account-key</c>) and a ready access
/// token (GOOGLE_OAUTH_ACCESS_TOKEN). A call names one, or gets <c>--account</c>, or the only one there is.
/// </summary>
public sealed class GoogleAccounts(GoogleOptions options, OAuthAccounts oauth, IReadOnlyList<string> scopes, HttpClient tokenHttp, TimeProvider time)
{
    private readonly Lazy<ServiceAccount?> _service = new(() => options.ServiceAccountKeyFile is { } file
        ? new ServiceAccount(ServiceAccountKey.Load(file), options.ImpersonatedUser, scopes, tokenHttp, time)
        : null);

    private readonly Lazy<AccessTokenAccount?> _accessToken = new(() => options.AccessToken is { } token ? new AccessTokenAccount(token) : null);
    private readonly Dictionary<string, SignedInAccount> _signedIn = [];

    /// <summary>The command that signs an account in, for messages.</summary>
    public string LoginCommand(string account) => oauth.LoginCommand(account);

    /// <summary>Every account there is, signed-in ones first by name.</summary>
    public IReadOnlyList<GoogleAccount> List()
    {
        var all = new List<GoogleAccount>();
        lock (_signedIn)
        {
            foreach (var (name, stored) in oauth.Store.Read().OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                // Kept per name (until it signs in anew) so each account keeps one HTTP pipeline and one single-flight refresh.
                if (!_signedIn.TryGetValue(name, out var account) || account.Stored.CreatedAt != stored.CreatedAt)
                {
                    if (account is not null)
                        oauth.Forget(name); // signed in anew: new tokens and maybe new scopes, possibly another person
                    _signedIn[name] = account = new SignedInAccount(name, stored, oauth);
                }
                all.Add(account);
            }
        }
        if (_service.Value is { } service)
            all.Add(service);
        if (_accessToken.Value is { } token)
            all.Add(token);
        return all;
    }

    /// <summary>The name of the account used when a call names none, or null when there is no single obvious one.</summary>
    public string? DefaultName(IReadOnlyList<GoogleAccount> all) =>
        options.DefaultAccount ?? (all.Count == 1 ? all[0].Name : null);

    /// <summary>The account a call named (or the default); the message of a failure says which accounts there are.</summary>
    /// <exception cref="ToolInputException">No such account, or none named where several exist, or none at all.</exception>
    public GoogleAccount Resolve(string? name)
    {
        var all = List();
        var wanted = name is { Length: > 0 } ? name : DefaultName(all);
        if (all.Count == 0)
            throw new ToolInputException(
                $"No Google account is set up. Sign one in: `{oauth.LoginCommand("default")}` (or set {GoogleOptions.AccessTokenVariable}, or give --service-account-key).");
        if (wanted is null)
            throw new ToolInputException($"Several accounts are set up ({Names(all)}): name one with 'account' (or start the server with --account).");
        return all.FirstOrDefault(a => a.Name == wanted)
            ?? throw new ToolInputException($"There is no account '{wanted}'; accounts: {Names(all)}. Sign it in: `{oauth.LoginCommand(wanted)}`.");
    }

    private static string Names(IEnumerable<GoogleAccount> accounts) => string.Join(", ", accounts.Select(a => a.Name));
}
