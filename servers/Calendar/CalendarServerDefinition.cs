using McpServers.Calendar.Api;
using McpServers.Calendar.Tools;
using McpServers.Google;
using McpServers.Google.Accounts;
using McpServers.Google.Apis.People;
using McpServers.Google.Http;
using McpServers.Google.Tools;
using McpServers.Hosting;
using McpServers.OAuth;
using McpServers.OAuth.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Calendar;

/// <summary>mcp-calendar: Google Calendar for agents, with times that mean what they say.</summary>
internal static class CalendarServerDefinition
{
    private static readonly IReadOnlyList<string> Scopes = [.. CalendarApi.Scopes, PeopleApi.ContactsScope, PeopleApi.OtherContactsScope];

    public static McpServerDefinition Create()
    {
        var signIn = GoogleSignIn.Definition("mcp-calendar", Scopes);
        return new McpServerDefinition
        {
            Name = "calendar",
            ExecutableName = "mcp-calendar",
            Description = "Google Calendar for AI agents: events across calendars and accounts, exact times (a time without an offset is read in "
                + "the calendar's zone; DST gaps are refused, not shifted), invitations and free/busy. Sign in first: mcp-calendar auth login.",
            Instructions = "Times are ISO 8601. A time without an offset is read in the calendar's time zone; give the offset to be exact. "
                + "get_current_time tells today's date. Every tool takes an optional 'account' (list_accounts).",
            DefaultPort = 3106,
            Options = GoogleOptions.All,
            Commands = [AuthCommand.Create(signIn)],
            DescribeToolError = (e, _) => GoogleToolErrors.Describe(e),
            ConfigureServices = (services, settings) =>
            {
                services.AddGoogleAccounts(signIn, Scopes, settings);
                services.AddSingleton<CalendarApi>();
                services.AddSingleton<CalendarContext>();
                services.AddSingleton<IAccountAddresses>(sp => sp.GetRequiredService<CalendarContext>());
            },
            ConfigureMcp = mcp => mcp
                .AddTools<AccountTools>(CalendarJson.ToolOptions)
                .AddTools<EventTools>(CalendarJson.ToolOptions)
                .AddTools<EditTools>(CalendarJson.ToolOptions)
                .AddTools<SeriesTools>(CalendarJson.ToolOptions)
                .AddTools<TimeTools>(CalendarJson.ToolOptions)
                .AddTools<SlotTools>(CalendarJson.ToolOptions)
                .AddTools<ContactTools>(CalendarJson.ToolOptions),
            BeforeServe = GoogleServices.CheckOptions,
        };
    }
}
