using System.ComponentModel;
using McpServers.Gmail.Api;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class FilterTools(GmailAccounts accounts, GmailApi gmail, LabelResolver labels)
{
    private const string AccountText = "Account name (default: --account, else the only one)";

    [McpServerTool(Name = "list_filters", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(FilterList))]
    [Description("Lists the mailbox's filters: what each matches and what it does.")]
    public async Task<CallToolResult> ListAsync([Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var filters = (await gmail.FiltersAsync(accounts.Resolve(account), cancellationToken)).Filter ?? [];
        return ToolResults.Structured(new FilterList(filters.Select(Info).ToList()), GmailJson.Default.FilterList);
    }

    [McpServerTool(Name = "create_filter", UseStructuredContent = true, OutputSchemaType = typeof(FilterInfo))]
    [Description("Creates a filter for incoming mail: criteria (from, to, subject, query, hasAttachment) and actions (labels to add or remove, "
        + "e.g. remove INBOX to skip the inbox; forward to a verified address).")]
    public async Task<CallToolResult> CreateAsync(
        [Description("Sender matches")] string? from = null, [Description("Recipient matches")] string? to = null,
        [Description("Subject matches")] string? subject = null, [Description("Gmail search query the mail matches")] string? query = null,
        [Description("Only mail with attachments")] bool? hasAttachment = null,
        [Description("Label names or ids to add")] IReadOnlyList<string>? addLabels = null,
        [Description("Label names or ids to remove")] IReadOnlyList<string>? removeLabels = null,
        [Description("Forward to this (verified) address")] string? forward = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (from is null && to is null && subject is null && query is null && hasAttachment is null)
            throw new ToolInputException("Give at least one criterion: from, to, subject, query or hasAttachment.");
        if ((addLabels?.Count ?? 0) + (removeLabels?.Count ?? 0) == 0 && forward is null)
            throw new ToolInputException("Give at least one action: addLabels, removeLabels or forward.");
        var who = accounts.Resolve(account);
        var filter = new GmailFilter
        {
            Criteria = new GmailFilterCriteria { From = from, To = to, Subject = subject, Query = query, HasAttachment = hasAttachment },
            Action = new GmailFilterAction
            {
                AddLabelIds = addLabels is null ? null : await labels.IdsAsync(who, addLabels, "addLabels", cancellationToken),
                RemoveLabelIds = removeLabels is null ? null : await labels.IdsAsync(who, removeLabels, "removeLabels", cancellationToken),
                Forward = forward,
            },
        };
        return ToolResults.Structured(Info(await gmail.CreateFilterAsync(who, filter, cancellationToken)), GmailJson.Default.FilterInfo);
    }

    [McpServerTool(Name = "delete_filter", Destructive = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Deletes a filter.")]
    public async Task<CallToolResult> DeleteAsync([Description("Filter id (from list_filters)")] string filterId,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        await gmail.DeleteFilterAsync(accounts.Resolve(account), filterId, cancellationToken);
        return ToolResults.Structured(new Done($"Filter {filterId} deleted."), GmailJson.Default.Done);
    }

    private static FilterInfo Info(GmailFilter f) => new(f.Id ?? "", f.Criteria?.From, f.Criteria?.To, f.Criteria?.Subject, f.Criteria?.Query,
        f.Criteria?.HasAttachment, f.Action?.AddLabelIds ?? [], f.Action?.RemoveLabelIds ?? [], f.Action?.Forward);
}
