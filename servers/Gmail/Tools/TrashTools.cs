using System.ComponentModel;
using McpServers.Gmail.Api;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Gmail.Tools;

[McpServerToolType]
internal sealed class TrashTools(GmailAccounts accounts, GmailApi gmail)
{
    [McpServerTool(Name = "trash_email", Destructive = true, UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Moves a message to the trash (Gmail empties it after 30 days; untrash_email brings it back). "
        + "permanent: true deletes it at once, for good; that needs the https://mail.google.com/ scope.")]
    public async Task<CallToolResult> TrashAsync([Description("Message id")] string messageId,
        [Description("Delete for good instead of trashing (cannot be undone)")] bool permanent = false,
        [Description("Account name (default: --account, else the only one)")] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = accounts.Resolve(account);
        if (permanent)
            await gmail.DeleteAsync(who, messageId, cancellationToken);
        else
            await gmail.TrashAsync(who, messageId, untrash: false, cancellationToken);
        return ToolResults.Structured(new Done(permanent ? $"Message {messageId} deleted for good." : $"Message {messageId} moved to the trash."), GmailJson.Default.Done);
    }

    [McpServerTool(Name = "untrash_email", UseStructuredContent = true, OutputSchemaType = typeof(Done))]
    [Description("Takes a message out of the trash.")]
    public async Task<CallToolResult> UntrashAsync([Description("Message id")] string messageId,
        [Description("Account name (default: --account, else the only one)")] string? account = null, CancellationToken cancellationToken = default)
    {
        await gmail.TrashAsync(accounts.Resolve(account), messageId, untrash: true, cancellationToken);
        return ToolResults.Structured(new Done($"Message {messageId} taken out of the trash."), GmailJson.Default.Done);
    }
}
