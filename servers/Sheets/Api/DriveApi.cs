using System.Text;
using System.Text.Json;
using McpServers.Google.Accounts;
using McpServers.Google.Http;

namespace McpServers.Sheets.Api;

/// <summary>The Drive API v3 calls mcp-sheets makes: finding spreadsheets, sharing them, and who the account is.</summary>
internal sealed class DriveApi(GoogleApiClient client)
{
    public const string SpreadsheetMimeType = "application/vnd.google-apps.spreadsheet";
    private const string Root = "drive/v3/";
    private static readonly IReadOnlyList<string> Read =
        ["https://www.googleapis.com/auth/drive.metadata.readonly", "https://www.googleapis.com/auth/drive.readonly",
         "https://www.googleapis.com/auth/drive", "https://www.googleapis.com/auth/drive.file", "https://www.googleapis.com/auth/drive.metadata"];
    private static readonly IReadOnlyList<string> Share = ["https://www.googleapis.com/auth/drive", "https://www.googleapis.com/auth/drive.file"];

    public Task<DriveFileList> SpreadsheetsAsync(GoogleAccount account, string? nameContains, int pageSize, string? pageToken, CancellationToken ct)
    {
        var query = new StringBuilder($"mimeType = '{SpreadsheetMimeType}' and trashed = false");
        if (!string.IsNullOrWhiteSpace(nameContains))
            query.Append(" and name contains ").Append(Quote(nameContains.Trim()));
        return client.SendAsync(account, new GoogleRequest(GoogleApi.Drive, HttpMethod.Get, Root + "files") { Scopes = Read }
            // Spreadsheets in shared drives too, not only My Drive and files shared with the account.
            .With("q", query.ToString()).With("corpora", "allDrives").With("includeItemsFromAllDrives", true).With("supportsAllDrives", true)
            .With("pageSize", pageSize).With("pageToken", pageToken).With("orderBy", "modifiedTime desc")
            .With("fields", "nextPageToken,files(id,name,modifiedTime,webViewLink,owners(emailAddress,displayName))"),
            SheetsJson.Default.DriveFileList, ct);
    }

    public Task<DrivePermission> ShareAsync(GoogleAccount account, string fileId, DrivePermission permission, bool? notify, string? message, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Drive, HttpMethod.Post, Root + "files/" + GoogleRequest.Segment(fileId) + "/permissions")
        {
            Content = GoogleRequest.Json(permission, SheetsJson.Default.DrivePermission),
            Scopes = Share,
            Subject = $"spreadsheet '{fileId}'",
        // Drive refuses sendNotificationEmail (even false) for domain and anyone permissions: null leaves it out.
        }.With("supportsAllDrives", true).With("sendNotificationEmail", notify).With("emailMessage", notify == true ? message : null).With("fields", "id,type,role,emailAddress,domain"),
            SheetsJson.Default.DrivePermission, ct);

    public Task<DriveAbout> AboutAsync(GoogleAccount account, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Drive, HttpMethod.Get, Root + "about") { Scopes = [.. Read, "https://www.googleapis.com/auth/drive.appdata", "https://www.googleapis.com/auth/drive.photos.readonly"] }
            .With("fields", "user(emailAddress,displayName)"), SheetsJson.Default.DriveAbout, ct);

    /// <summary>A string in Drive's query language: quoted, with backslashes and quotes escaped.</summary>
    public static string Quote(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
