using System.ComponentModel;
using McpServers.Gmail.Api;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class LabelTools(GmailAccounts accounts, GmailApi gmail, LabelResolver labels)
{
    private const string AccountText = "Account name (default: --account, else the only one)";

    [McpServerTool(Name = "list_labels", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(LabelList))]
    [Description("Lists the mailbox's labels: system ones (INBOX, SENT, TRASH, UNREAD, STARRED, ...) and the user's own.")]
    public async Task<CallToolResult> ListAsync([Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var all = await labels.AllAsync(accounts.Resolve(account), cancellationToken);
        return ToolResults.Structured(new LabelList(all.Select(Info).ToList()), GmailJson.Default.LabelList);
    }

    [McpServerTool(Name = "create_label", UseStructuredContent = true, OutputSchemaType = typeof(LabelInfo))]
    [Description("Creates a label (nested with a slash: 'Projects/Apollo').")]
    public async Task<CallToolResult> CreateAsync([Description("Label name")] string name, [Description(AccountText)] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var created = await gmail.CreateLabelAsync(who, new GmailLabel { Name = CheckedName(name), LabelListVisibility = "labelShow", MessageListVisibility = "show" }, cancellationToken);
        return ToolResults.Structured(Info(created), GmailJson.Default.LabelInfo);
    }

    [McpServerTool(Name = "get_or_create_label", UseStructuredContent = true, OutputSchemaType = typeof(LabelInfo))]
    [Description("The label with this name (case-insensitive), created when there is none.")]
    public async Task<CallToolResult> GetOrCreateAsync([Description("Label name")] string name, [Description(AccountText)] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var existing = (await labels.AllAsync(who, cancellationToken)).FirstOrDefault(l => string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        var label = existing ?? await gmail.CreateLabelAsync(who, new GmailLabel { Name = CheckedName(name), LabelListVisibility = "labelShow", MessageListVisibility = "show" }, cancellationToken);
        return ToolResults.Structured(Info(label), GmailJson.Default.LabelInfo);
    }

    [McpServerTool(Name = "update_label", UseStructuredContent = true, OutputSchemaType = typeof(LabelInfo))]
    [Description("Renames a user label.")]
    public async Task<CallToolResult> UpdateAsync([Description("Label name or id")] string label, [Description("New name")] string newName,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var id = (await labels.IdsAsync(who, [label], "label", cancellationToken))[0];
        var updated = await gmail.PatchLabelAsync(who, id, new GmailLabel { Name = CheckedName(newName) }, cancellationToken);
        return ToolResults.Structured(Info(updated), GmailJson.Default.LabelInfo);
    }

    [McpServerTool(Name = "delete_label", Destructive = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Deletes a user label (its messages stay, without the label).")]
    public async Task<CallToolResult> DeleteAsync([Description("Label name or id")] string label, [Description(AccountText)] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        var id = (await labels.IdsAsync(who, [label], "label", cancellationToken))[0];
        await gmail.DeleteLabelAsync(who, id, cancellationToken);
        return ToolResults.Structured(new Done($"Label '{label}' deleted."), GmailJson.Default.Done);
    }

    [McpServerTool(Name = "modify_labels", UseStructuredContent = true, OutputSchemaType = typeof(ModifiedMessages))]
    [Description("Adds and removes labels on one message. Mark read: remove UNREAD; archive: remove INBOX; star: add STARRED.")]
    public async Task<CallToolResult> ModifyAsync([Description("Message id")] string messageId,
        [Description("Label names or ids to add")] IReadOnlyList<string>? add = null,
        [Description("Label names or ids to remove")] IReadOnlyList<string>? remove = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default) =>
        await BatchAsync([messageId], add, remove, account, cancellationToken);

    [McpServerTool(Name = "batch_modify_labels", UseStructuredContent = true, OutputSchemaType = typeof(ModifiedMessages))]
    [Description("Adds and removes labels on up to 1,000 messages in one call.")]
    public async Task<CallToolResult> BatchAsync([Description("Message ids (1 to 1,000)")] IReadOnlyList<string> messageIds,
        [Description("Label names or ids to add")] IReadOnlyList<string>? add = null,
        [Description("Label names or ids to remove")] IReadOnlyList<string>? remove = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (messageIds.Count is 0 or > 1000)
            throw new ToolInputException($"messageIds: give 1 to 1,000 ids (got {messageIds.Count}).");
        if ((add?.Count ?? 0) + (remove?.Count ?? 0) == 0)
            throw new ToolInputException("Give labels to 'add' or 'remove'.");
        var who = accounts.Resolve(account);
        var addIds = await labels.IdsAsync(who, add, "add", cancellationToken);
        var removeIds = await labels.IdsAsync(who, remove, "remove", cancellationToken);
        if (messageIds.Count == 1)
            await gmail.ModifyAsync(who, messageIds[0], new GmailModifyRequest { AddLabelIds = addIds, RemoveLabelIds = removeIds }, cancellationToken);
        else
            await gmail.BatchModifyAsync(who, new GmailBatchModifyRequest { Ids = messageIds, AddLabelIds = addIds, RemoveLabelIds = removeIds }, cancellationToken);
        return ToolResults.Structured(new ModifiedMessages(messageIds, addIds, removeIds), GmailJson.Default.ModifiedMessages);
    }

    internal static LabelInfo Info(GmailLabel l) => new(l.Id ?? "", l.Name ?? "", l.Type, l.MessagesTotal, l.MessagesUnread);

    private static string CheckedName(string name) =>
        name.Trim() is { Length: > 0 and <= 225 } trimmed ? trimmed : throw new ToolInputException("A label name must be 1 to 225 characters.");
}
