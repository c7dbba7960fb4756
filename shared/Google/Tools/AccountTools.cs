using System.ComponentModel;
using McpServers.Google.Accounts;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Google.Tools;

/// <summary><c>list_accounts</c>, the same in every Google server.</summary>
[McpServerToolType]
public sealed class AccountTools(GoogleAccounts accounts, IAccountAddresses addresses)
{
    /// <summary>The accounts, with their addresses, kinds and scopes.</summary>
    [McpServerTool(Name = "list_accounts", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(AccountList))]
    [Description("The Google accounts this server can act as: name, address, kind, granted scopes, and which is used when a call names none.")]
    public async Task<CallToolResult> ListAsync()
    {
        var all = accounts.List();
        var fallback = accounts.DefaultName(all);
        var found = await Task.WhenAll(all.Select(addresses.AddressAsync));
        var list = all.Select((a, i) => new AccountInfo(a.Name, found[i], a.Kind, a.GrantedScopes, a.Name == fallback)).ToList();
        var note = all.Count == 0 ? $"No account yet: run `{accounts.LoginCommand("default")}`."
            : fallback is null ? "Several accounts: name one with 'account' in each call." : null;
        return ToolResults.Structured(new AccountList(list, note), GoogleToolJson.Default.AccountList);
    }
}

/// <summary>One account as list_accounts shows it.</summary>
public sealed record AccountInfo(string Name, string? Email, string Kind, IReadOnlyList<string>? Scopes, bool IsDefault);

/// <summary>What list_accounts returns.</summary>
public sealed record AccountList(IReadOnlyList<AccountInfo> Accounts, string? Note);

/// <summary>An account's address as the server's API can tell it (Gmail's profile, Calendar's primary calendar id).</summary>
public interface IAccountAddresses
{
    /// <summary>The address, or null when the API will not say.</summary>
    Task<string?> AddressAsync(GoogleAccount account);
}
