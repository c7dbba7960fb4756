namespace McpServers.FakeGoogle.Drive;

/// <summary>
/// A file as Drive stores it: metadata, and its permissions (the owner's first). Spreadsheets are files whose content
/// FakeSheets keeps under the same id. Guarded by FakeDrive.Gate.
/// </summary>
internal sealed class DriveFile(string id, string name, string mimeType, DateTimeOffset created)
{
    public string Id { get; } = id;
    public string Name { get; set; } = name;
    public string MimeType { get; } = mimeType;
    public DateTimeOffset CreatedTime { get; } = created;
    public DateTimeOffset ModifiedTime { get; set; } = created;
    public bool Trashed { get; set; }

    /// <summary>Every grant, the owner's included (role "owner").</summary>
    public List<DrivePermission> Permissions { get; } = [];

    /// <summary>Addresses a sharing notification went to, in order.</summary>
    public List<string> Notified { get; } = [];

    public string OwnerEmail => Permissions.First(p => p.Role == DriveRoles.Owner).EmailAddress!;

    public bool IsSpreadsheet => MimeType == FakeDrive.SpreadsheetMimeType;

    /// <summary>Shared beyond its owner.</summary>
    public bool IsShared => Permissions.Any(p => p.Role != DriveRoles.Owner);

    public bool IsOwnedBy(string email) => OwnerEmail.Equals(email, StringComparison.OrdinalIgnoreCase);

    /// <summary>The strongest role any permission gives the account, or null when it has no access.</summary>
    public string? RoleOf(string email) =>
        Permissions.Where(p => p.Covers(email)).MaxBy(p => DriveRoles.Rank(p.Role))?.Role;

    /// <summary>
    /// Whether files.list shows the file to the account: owned, shared with its address, or shared with its domain or
    /// anyone in a discoverable way. A link alone gives access but does not list the file.
    /// </summary>
    public bool IsListedFor(string email) =>
        Permissions.Any(p => p.Names(email) || (p.Type is "domain" or "anyone" && p.AllowFileDiscovery && p.Covers(email)));

    /// <summary>Shared with the account's own address by someone else.</summary>
    public bool IsSharedWith(string email) => !IsOwnedBy(email) && Permissions.Any(p => p.Names(email));

    public string WebViewLink => MimeType switch
    {
        FakeDrive.SpreadsheetMimeType => $"https://docs.google.com/spreadsheets/d/{Id}/edit?usp=drivesdk",
        "application/vnd.google-apps.document" => $"https://docs.google.com/document/d/{Id}/edit?usp=drivesdk",
        "application/vnd.google-apps.presentation" => $"https://docs.google.com/presentation/d/{Id}/edit?usp=drivesdk",
        "application/vnd.google-apps.folder" => $"https://drive.google.com/drive/folders/{Id}",
        _ => $"https://drive.google.com/file/d/{Id}/view?usp=drivesdk",
    };
}
