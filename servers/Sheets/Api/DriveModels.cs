namespace McpServers.Sheets.Api;

// The Drive API v3 resources mcp-sheets uses to find and share spreadsheets.

/// <summary>Answer of <c>files.list</c>.</summary>
internal sealed record DriveFileList(IReadOnlyList<DriveFile>? Files, string? NextPageToken);

/// <summary>A Drive <c>File</c> (the fields mcp-sheets asks for).</summary>
internal sealed record DriveFile(string? Id, string? Name, string? ModifiedTime, string? WebViewLink, IReadOnlyList<DriveUser>? Owners);

/// <summary>A Drive <c>User</c>.</summary>
internal sealed record DriveUser(string? EmailAddress, string? DisplayName);

/// <summary>A Drive <c>Permission</c>.</summary>
internal sealed record DrivePermission(string? Id, string? Type, string? Role, string? EmailAddress, string? Domain);

/// <summary>Answer of <c>about.get</c> with <c>fields=user</c>.</summary>
internal sealed record DriveAbout(DriveUser? User);
