using System.ComponentModel;
using McpServers.Google.Accounts;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class AccountTools(GoogleAccounts accounts)
{
    [McpServerTool(Name = "list_accounts", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(AccountList))]
    [Description("The Google accounts this server can act as, with their granted scopes and which is used when a call names none.")]
    public CallToolResult List()
    {
        var all = accounts.List();
        var fallback = accounts.DefaultName(all);
        var list = all.Select(a => new AccountInfo(a.Name, a.Kind, a.GrantedScopes, a.Name == fallback)).ToList();
        var note = all.Count == 0 ? $"No account yet: run `{accounts.LoginCommand("default")}`."
            : fallback is null ? "Several accounts: name one with 'account' in each call." : null;
        return ToolResults.Structured(new AccountList(list, note), GmailJson.Default.AccountList);
    }
}
