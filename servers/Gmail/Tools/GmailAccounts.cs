using System.Collections.Concurrent;
using McpServers.Gmail.Api;
using McpServers.Google.Accounts;
using MimeKit;

namespace McpServers.Gmail.Tools;

/// <summary>The account a call acts as, and its address (asked of Gmail once per account: it is the From of what it sends).</summary>
internal sealed class GmailAccounts(GoogleAccounts accounts, GmailApi gmail)
{
    private readonly ConcurrentDictionary<string, Task<string?>> _addresses = new();

    public GoogleAccount Resolve(string? account) => accounts.Resolve(account);

    public async Task<MailboxAddress?> AddressAsync(GoogleAccount account, CancellationToken ct)
    {
        var lookup = _addresses.GetOrAdd(account.Name, async _ => (await gmail.ProfileAsync(account, ct)).EmailAddress);
        string? address;
        try
        {
            address = await lookup;
        }
        catch
        {
            _addresses.TryRemove(KeyValuePair.Create(account.Name, lookup)); // a failed look-up is tried again next time
            throw;
        }
        return address is null ? null : new MailboxAddress("", address);
    }
}
