using McpServers.FakeGoogle;

namespace McpServers.Sheets.Tests;

/// <summary>mcp-sheets over stdio against the fake Sheets and Drive, signed in as "work" (ada@example.com) and "home".</summary>
internal static class SheetsHarness
{
    public const string Work = GoogleServerHarness.Work;
    public static readonly IReadOnlyList<string> Scopes = ["https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/drive"];

    public static Task<GoogleServerHarness> StartAsync(IReadOnlyList<string>? workScopes = null) =>
        GoogleServerHarness.StartAsync("McpServers.Sheets", "mcp-sheets", Scopes, workScopes: workScopes);

    /// <summary>A spreadsheet of the work account with rows typed into its first sheet from A1.</summary>
    public static string Seed(GoogleServerHarness sheets, string title, string sheet, params object?[][] rows)
    {
        var id = sheets.Google.Sheets.AddSpreadsheet(Work, title, sheet);
        if (rows.Length > 0)
            sheets.Google.Sheets.Enter(id, A1.A1Range.QuoteSheet(sheet) + "!A1", rows);
        return id;
    }
}
