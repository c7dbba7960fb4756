using System.Collections.Concurrent;
using McpServers.Gmail.Api;
using McpServers.Google.Accounts;
using McpServers.Google.Http;
using McpServers.Google.Tools;

namespace McpServers.Gmail.Tools;

/// <summary>
/// The account a call acts as, and its address, asked of Gmail once per account (per sign-in: a new sign-in is a new
/// account object). Sending does not need it: Gmail sets From to the account, with its display name.
/// </summary>
internal sealed class GmailAccounts(GoogleAccounts accounts, GmailApi gmail) : IAccountAddresses
{
    private readonly ConcurrentDictionary<GoogleAccount, Lazy<Task<string?>>> _addresses = new(ReferenceEqualityComparer.Instance);

    public GoogleAccount Resolve(string? account) => accounts.Resolve(account);

    /// <summary>The account's address, or null when Gmail will not say (a token without a reading scope).</summary>
    public async Task<string?> AddressAsync(GoogleAccount account)
    {
        if (account is ServiceAccount service)
            return service.ActingAs;
        var lookup = _addresses.GetOrAdd(account, a => new Lazy<Task<string?>>(() => LookUpAsync(a)));
        var address = await lookup.Value;
        if (address is null)
            _addresses.TryRemove(KeyValuePair.Create(account, lookup)); // asked again next time
        return address;
    }

    private async Task<string?> LookUpAsync(GoogleAccount account)
    {
        try
        {
            return (await gmail.ProfileAsync(account, CancellationToken.None)).EmailAddress;
        }
        catch (GoogleApiException)
        {
            return null;
        }
    }
}
