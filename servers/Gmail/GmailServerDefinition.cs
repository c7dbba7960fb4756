using McpServers.Gmail.Api;
using McpServers.Gmail.Mail;
using McpServers.Gmail.Tools;
using McpServers.Google;
using McpServers.Google.Accounts;
using McpServers.Google.Apis.People;
using McpServers.Google.Http;
using McpServers.Google.Tools;
using McpServers.Hosting;
using McpServers.OAuth;
using McpServers.OAuth.Cli;
using McpServers.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Gmail;

/// <summary>mcp-gmail: an agent's mailbox on the Gmail API — search, read, send and reply correctly, labels, drafts, filters, attachments.</summary>
internal static class GmailServerDefinition
{
    public static McpServerDefinition Create()
    {
        var signIn = GoogleSignIn.Definition("mcp-gmail", GmailScopes.Default);
        return new McpServerDefinition
        {
            Name = "gmail",
            ExecutableName = "mcp-gmail",
            Description = "Gmail for AI agents: search and read mail (HTML as text), send, reply and forward with attachments, drafts, "
                + "labels, filters, history and contacts; several Google accounts side by side. Sign in first: mcp-gmail auth login.",
            Instructions = "search_emails finds messages (Gmail query syntax); read_email and read_thread read them. Replies go through "
                + "reply_email so they stay in their conversation. Every tool takes an optional 'account' (list_accounts shows them).",
            DefaultPort = 3105,
            Options = GmailOptions.All,
            Commands = [AuthCommand.Create(signIn)],
            DescribeToolError = (e, _) => GoogleToolErrors.Describe(e) ?? (e is PathRefusedException ? e.Message : null),
            ConfigureServices = (services, settings) =>
            {
                services.AddSingleton(_ => GmailOptions.From(settings));
                services.AddGoogleAccounts(signIn, GmailScopes.Default, settings);
                services.AddSingleton<GmailApi>();
                services.AddSingleton<GmailAccounts>();
                services.AddSingleton<IAccountAddresses>(sp => sp.GetRequiredService<GmailAccounts>());
                services.AddSingleton<LabelResolver>();
                services.AddSingleton<MailComposer>();
            },
            ConfigureMcp = mcp => mcp
                .AddTools<AccountTools>(GmailJson.ToolOptions)
                .AddTools<MessageTools>(GmailJson.ToolOptions)
                .AddTools<SendTools>(GmailJson.ToolOptions)
                .AddTools<DraftTools>(GmailJson.ToolOptions)
                .AddTools<LabelTools>(GmailJson.ToolOptions)
                .AddTools<TrashTools>(GmailJson.ToolOptions)
                .AddTools<FilterTools>(GmailJson.ToolOptions)
                .AddTools<AttachmentTools>(GmailJson.ToolOptions)
                .AddTools<HistoryTools>(GmailJson.ToolOptions)
                .AddTools<ContactTools>(GmailJson.ToolOptions),
            BeforeServe = (settings, services, cancellationToken) =>
            {
                services.GetRequiredService<GmailOptions>();
                return GoogleServices.CheckOptions(settings, services, cancellationToken);
            },
        };
    }
}
