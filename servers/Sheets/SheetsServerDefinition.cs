using McpServers.Google;
using McpServers.Google.Tools;
using McpServers.Hosting;
using McpServers.OAuth.Cli;
using McpServers.Sheets.Api;
using McpServers.Sheets.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Sheets;

/// <summary>mcp-sheets: Google Sheets for agents — read and write ranges safely, tables as records, formatting, and finding spreadsheets.</summary>
internal static class SheetsServerDefinition
{
    /// <summary>Sheets, and Drive to list and share spreadsheets (Drive's narrower scopes cannot list or share files the server did not create).</summary>
    public static readonly IReadOnlyList<string> Scopes = ["https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/drive"];

    public static McpServerDefinition Create()
    {
        var signIn = GoogleSignIn.Definition("mcp-sheets", Scopes);
        return new McpServerDefinition
        {
            Name = "sheets",
            ExecutableName = "mcp-sheets",
            Description = "Google Sheets for AI agents: read ranges as rows or records, write and append safely (formulas stay formulas), "
                + "sheets, formatting, sorting, charts, search and sharing; several Google accounts side by side. Sign in first: mcp-sheets auth login.",
            Instructions = "Ranges are A1 notation: Sheet1!A1:C10, 'My sheet'!A:C. read_range with records: true reads a table by its header row; "
                + "append_rows adds to a table; write_range takes the first cell or the exact range. list_spreadsheets finds ids. "
                + "Every tool takes an optional 'account' (list_accounts).",
            DefaultPort = 3107,
            Options = GoogleOptions.All,
            Commands = [AuthCommand.Create(signIn)],
            DescribeToolError = (e, _) => GoogleToolErrors.Describe(e),
            ConfigureServices = (services, settings) =>
            {
                services.AddGoogleAccounts(signIn, Scopes, settings);
                services.AddSingleton<SheetsApi>();
                services.AddSingleton<DriveApi>();
                services.AddSingleton<SheetsContext>();
                services.AddSingleton<IAccountAddresses>(sp => sp.GetRequiredService<SheetsContext>());
            },
            ConfigureMcp = mcp => mcp
                .AddTools<AccountTools>(SheetsJson.ToolOptions)
                .AddTools<SpreadsheetTools>(SheetsJson.ToolOptions)
                .AddTools<ReadTools>(SheetsJson.ToolOptions)
                .AddTools<WriteTools>(SheetsJson.ToolOptions)
                .AddTools<SheetTools>(SheetsJson.ToolOptions)
                .AddTools<FormatTools>(SheetsJson.ToolOptions),
            BeforeServe = GoogleServices.CheckOptions,
        };
    }
}
