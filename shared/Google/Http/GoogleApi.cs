namespace McpServers.Google.Http;

/// <summary>One Google REST API: its name for messages and the root its paths hang from (replaced by --google-api-base-url).</summary>
public sealed record GoogleApi(string Name, Uri DefaultRoot)
{
    /// <summary>The Gmail API.</summary>
    public static readonly GoogleApi Gmail = new("Gmail", new Uri("https://gmail.googleapis.com/"));
    /// <summary>The People API.</summary>
    public static readonly GoogleApi People = new("People", new Uri("https://people.googleapis.com/"));
    /// <summary>The Calendar API.</summary>
    public static readonly GoogleApi Calendar = new("Calendar", new Uri("https://www.googleapis.com/"));
    /// <summary>The Sheets API.</summary>
    public static readonly GoogleApi Sheets = new("Sheets", new Uri("https://sheets.googleapis.com/"));
    /// <summary>The Drive API.</summary>
    public static readonly GoogleApi Drive = new("Drive", new Uri("https://www.googleapis.com/"));
}
