using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Drive;

/// <summary>The File resource as an account sees it, whole or with Drive's default fields (kind, id, name, mimeType).</summary>
internal static class FileJson
{
    public static JsonObject Default(DriveFile file) => new()
    {
        ["kind"] = "drive#file",
        ["mimeType"] = file.MimeType,
        ["id"] = file.Id,
        ["name"] = file.Name,
    };

    public static JsonObject Full(DriveFile file, string account)
    {
        var role = file.RoleOf(account);
        var owner = file.OwnerEmail;
        var json = new JsonObject
        {
            ["kind"] = "drive#file",
            ["id"] = file.Id,
            ["name"] = file.Name,
            ["mimeType"] = file.MimeType,
            ["starred"] = false,
            ["trashed"] = file.Trashed,
            ["explicitlyTrashed"] = file.Trashed,
            ["createdTime"] = DriveTime.Format(file.CreatedTime),
            ["modifiedTime"] = DriveTime.Format(file.ModifiedTime),
            ["webViewLink"] = file.WebViewLink,
            ["iconLink"] = $"https://drive-thirdparty.googleusercontent.com/16/type/{file.MimeType}",
            ["owners"] = new JsonArray(new JsonObject
            {
                ["kind"] = "drive#user",
                ["displayName"] = DrivePermission.DisplayName(owner),
                ["emailAddress"] = owner,
                ["me"] = owner.Equals(account, StringComparison.OrdinalIgnoreCase),
                ["permissionId"] = DrivePermission.IdFor(owner),
            }),
            ["shared"] = file.IsShared,
            ["ownedByMe"] = file.IsOwnedBy(account),
            ["writersCanShare"] = true,
            ["capabilities"] = new JsonObject
            {
                ["canEdit"] = DriveRoles.CanWrite(role),
                ["canComment"] = DriveRoles.Rank(role) >= DriveRoles.Rank(DriveRoles.Commenter),
                ["canShare"] = DriveRoles.CanWrite(role),
                ["canRename"] = DriveRoles.CanWrite(role),
                ["canTrash"] = role == DriveRoles.Owner,
                ["canDelete"] = role == DriveRoles.Owner,
                ["canCopy"] = true,
                ["canDownload"] = true,
            },
        };
        if (file.IsOwnedBy(account)) json["parents"] = new JsonArray("0AFakeRootFolderUk9PVA");
        // Only those who may share see the permissions themselves.
        if (DriveRoles.CanWrite(role))
        {
            json["permissions"] = new JsonArray(file.Permissions.Select(p => (JsonNode)p.ToJson()).ToArray());
            json["permissionIds"] = new JsonArray(file.Permissions.Select(p => (JsonNode)p.Id).ToArray());
        }
        return json;
    }
}
