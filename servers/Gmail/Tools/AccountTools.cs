using System.ComponentModel;
using McpServers.Google.Accounts;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class AccountTools(GoogleAccounts accounts, GmailAccounts gmail)
{
    [McpServerTool(Name = "list_accounts", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(AccountList))]
    [Description("The Google accounts this server can act as: name, address, kind, granted scopes, and which is used when a call names none.")]
    public async Task<CallToolResult> ListAsync()
    {
        var all = accounts.List();
        var fallback = accounts.DefaultName(all);
        var addresses = await Task.WhenAll(all.Select(gmail.AddressAsync));
        var list = all.Select((a, i) => new AccountInfo(a.Name, addresses[i], a.Kind, a.GrantedScopes, a.Name == fallback)).ToList();
        var note = all.Count == 0 ? $"No account yet: run `{accounts.LoginCommand("default")}`."
            : fallback is null ? "Several accounts: name one with 'account' in each call." : null;
        return ToolResults.Structured(new AccountList(list, note), GmailJson.Default.AccountList);
    }
}
