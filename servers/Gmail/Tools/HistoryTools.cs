using System.ComponentModel;
using McpServers.Gmail.Api;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class HistoryTools(GmailAccounts accounts, GmailApi gmail)
{
    [McpServerTool(Name = "get_history", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(HistoryResult))]
    [Description("What changed in the mailbox since a history id: messages added and deleted, labels added and removed. Without a start id "
        + "it answers the current history id to poll from next time.")]
    public async Task<CallToolResult> HistoryAsync([Description("History id to start from (historyId of an earlier answer)")] string? startHistoryId = null,
        [Description("nextPageToken of the previous page")] string? pageToken = null,
        [Description("Account name (default: --account, else the only one)")] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        if (startHistoryId is null)
        {
            var profile = await gmail.ProfileAsync(who, cancellationToken);
            return ToolResults.Structured(new HistoryResult(profile.HistoryId, [], null), GmailJson.Default.HistoryResult);
        }
        var page = await gmail.HistoryAsync(who, startHistoryId, pageToken, 100, cancellationToken);
        var changes = new List<HistoryChange>();
        foreach (var record in page.History ?? [])
        {
            changes.AddRange((record.MessagesAdded ?? []).Select(m => Change("messageAdded", m.Message, m.Message?.LabelIds)));
            changes.AddRange((record.MessagesDeleted ?? []).Select(m => Change("messageDeleted", m.Message, null)));
            changes.AddRange((record.LabelsAdded ?? []).Select(m => Change("labelsAdded", m.Message, m.LabelIds)));
            changes.AddRange((record.LabelsRemoved ?? []).Select(m => Change("labelsRemoved", m.Message, m.LabelIds)));
        }
        return ToolResults.Structured(new HistoryResult(page.HistoryId, changes, page.NextPageToken), GmailJson.Default.HistoryResult);
    }

    private static HistoryChange Change(string kind, GmailMessage? message, IReadOnlyList<string>? labels) =>
        new(kind, message?.Id ?? "", message?.ThreadId, labels ?? []);
}
