using System.Security.Cryptography;
using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Drive;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle;

/// <summary>
/// Google Drive in memory: files with their owners and permissions (files.list/get/update/delete,
/// permissions.create/list/delete, about.get). A spreadsheet of <see cref="FakeSheets"/> is a file here with mimeType
/// <see cref="SpreadsheetMimeType"/>; its permissions decide who may open it.
/// </summary>
public sealed class FakeDrive
{
    public const string SpreadsheetMimeType = "application/vnd.google-apps.spreadsheet";

    // In creation order, which is also files.list's order when no orderBy is given.
    private readonly List<DriveFile> _files = [];
    private readonly HashSet<string> _accounts = new(StringComparer.OrdinalIgnoreCase);

    internal FakeDrive(TimeProvider time) => Time = time;

    internal TimeProvider Time { get; }

    /// <summary>One lock for files and spreadsheet content: a Sheets write also touches its file's modifiedTime.</summary>
    internal object Gate { get; } = new();

    /// <summary>The words of a file's content that fullText searches (FakeSheets supplies the cells of spreadsheets).</summary>
    internal Func<DriveFile, string> ContentText { get; set; } = _ => "";

    /// <summary>Adds a file owned by the account (created and modified now); returns its id.</summary>
    public string AddFile(string ownerEmail, string name, string mimeType)
    {
        lock (Gate) return Create(ownerEmail, name, mimeType, Time.GetUtcNow()).Id;
    }

    /// <summary>The file's permissions as full Permission resources, the owner's first.</summary>
    public IReadOnlyList<JsonObject> Permissions(string fileId)
    {
        lock (Gate) return Require(fileId).Permissions.Select(p => p.ToJson()).ToArray();
    }

    /// <summary>The addresses Drive sent a sharing notification to, in order.</summary>
    public IReadOnlyList<string> Notified(string fileId)
    {
        lock (Gate) return Require(fileId).Notified.ToArray();
    }

    internal IReadOnlyList<DriveFile> Files => _files;

    internal void EnsureAccount(string email)
    {
        lock (Gate) _accounts.Add(email);
    }

    /// <summary>Creates a file owned by the account. Callers hold <see cref="Gate"/>.</summary>
    internal DriveFile Create(string ownerEmail, string name, string mimeType, DateTimeOffset now)
    {
        var file = new DriveFile(NewId(mimeType.StartsWith("application/vnd.google-apps.", StringComparison.Ordinal)), name, mimeType, now);
        file.Permissions.Add(new DrivePermission(DrivePermission.IdFor(ownerEmail), "user", DriveRoles.Owner, ownerEmail, null, false));
        _files.Add(file);
        _accounts.Add(ownerEmail);
        return file;
    }

    internal DriveFile? Find(string fileId) => _files.FirstOrDefault(f => f.Id == fileId);

    internal void Remove(DriveFile file) => _files.Remove(file);

    /// <summary>An account known to have a Google account (it signed in, called, or owns a file). Callers hold <see cref="Gate"/>.</summary>
    internal void KnowAccount(string email) => _accounts.Add(email);

    internal bool IsKnownAccount(string email) => _accounts.Contains(email);

    /// <summary>The file when the account has any access to it; Drive's 404 otherwise (no access looks like no file).</summary>
    internal DriveFile Visible(string fileId, string account) =>
        Find(fileId) is { } file && file.RoleOf(account) is not null ? file : throw FileNotFound(fileId);

    internal static ApiException FileNotFound(string fileId) => new(404, $"File not found: {fileId}.", "notFound");

    internal static ApiException InsufficientPermissions() =>
        new(403, "The user does not have sufficient permissions for this file.", "insufficientFilePermissions");

    internal void MapRoutes(ApiRoutes routes)
    {
        new FilesApi(this).Map(routes);
        new PermissionsApi(this).Map(routes);
        new AboutApi(this).Map(routes);
    }

    private DriveFile Require(string fileId) => Find(fileId) ?? throw new KeyNotFoundException($"no Drive file {fileId}");

    // Google Docs types get 44-character ids, uploaded files 33; both are base64url with a leading "1".
    private static string NewId(bool googleType)
    {
        var text = Convert.ToBase64String(RandomNumberGenerator.GetBytes(33)).Replace('+', '-').Replace('/', '_');
        return "1" + text[..(googleType ? 43 : 32)];
    }
}
