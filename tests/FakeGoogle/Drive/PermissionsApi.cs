using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Drive;

/// <summary>
/// permissions.create, list and delete, with Drive's checks: only writers share, only the owner hands over ownership
/// (and must say so with transferOwnership), notifications are for users and groups only, and an address without a
/// Google account can only be invited with a notification. Without "fields" Drive answers kind, id, type and role.
/// </summary>
internal sealed class PermissionsApi(FakeDrive drive)
{
    private const string Prefix = "drive.permissions.";
    private const string NotificationOnlyForPeople =
        "The sendNotificationEmail parameter is only applicable for permissions of type 'user' or 'group', and must not be disabled for ownership transfers.";

    public void Map(ApiRoutes routes)
    {
        routes.Map(Prefix + "create", Create);
        routes.Map(Prefix + "list", List);
        routes.Map(Prefix + "delete", Delete);
    }

    private ApiResult Create(ApiCall call)
    {
        var body = call.Body as JsonObject ?? [];
        var type = (string?)body["type"] ?? throw new ApiException(400, "The permission type field is required.", "required");
        var role = (string?)body["role"] ?? throw new ApiException(400, "The permission role field is required.", "required");
        if (type is not ("user" or "group" or "domain" or "anyone"))
            throw new ApiException(400, "The permission type field is invalid.", "invalid");
        if (!DriveRoles.IsKnown(role)) throw new ApiException(400, "The permission role field is invalid.", "invalid");
        var email = (string?)body["emailAddress"];
        var domain = (string?)body["domain"];
        var forPeople = type is "user" or "group";
        if (forPeople && string.IsNullOrEmpty(email))
            throw new ApiException(400, "The permission emailAddress field is required.", "required");
        if (!forPeople && email is not null)
            throw new ApiException(400, "The specified emailAddress is invalid or not applicable for the given permission type.", "invalid");
        if (type == "domain" && string.IsNullOrEmpty(domain))
            throw new ApiException(400, "The specified domain is invalid or not applicable for the given permission type.", "invalid");

        var query = call.Query;
        bool? notifyParameter = query.Has("sendNotificationEmail") ? query.GetBool("sendNotificationEmail") : null;
        var transfer = role == DriveRoles.Owner;
        if (!forPeople && notifyParameter is not null) throw new ApiException(403, NotificationOnlyForPeople, "forbidden");
        if (transfer && !query.GetBool("transferOwnership"))
            throw new ApiException(403, "The transferOwnership parameter must be enabled when the permission role is 'owner'.", "forbidden");
        if (transfer && type != "user") throw new ApiException(400, "Ownership can only be transferred to a user.", "invalidSharingRequest");
        if (transfer && notifyParameter == false) throw new ApiException(403, NotificationOnlyForPeople, "forbidden");
        var notify = forPeople && (notifyParameter ?? true);

        lock (drive.Gate)
        {
            drive.KnowAccount(call.Account);
            var file = drive.Visible(call.Path("fileId"), call.Account);
            var callerRole = file.RoleOf(call.Account);
            if (!DriveRoles.CanWrite(callerRole) || (transfer && callerRole != DriveRoles.Owner)) throw FakeDrive.InsufficientPermissions();
            if (forPeople && !notify && !drive.IsKnownAccount(email!))
                throw new ApiException(400,
                    $"Bad Request. User message: \"You are trying to invite {email}. Since there is no Google account associated with this email address, you must check the \"Notify people\" box to invite this recipient.\"",
                    "invalidSharingRequest");

            var permission = Grant(file, type, role, email, domain, (bool?)body["allowFileDiscovery"] ?? false);
            if (notify) file.Notified.Add(email!);
            return ApiResult.Ok(Render(call, permission));
        }
    }

    /// <summary>Adds the permission, or changes the role of the one the principal already has; a transfer demotes the old owner to writer.</summary>
    private static DrivePermission Grant(DriveFile file, string type, string role, string? email, string? domain, bool discoverable)
    {
        var existing = file.Permissions.FindIndex(p => p.Type == type
            && string.Equals(p.EmailAddress, email, StringComparison.OrdinalIgnoreCase)
            && string.Equals(p.Domain, domain, StringComparison.OrdinalIgnoreCase));
        if (existing >= 0 && file.Permissions[existing].Role == DriveRoles.Owner) return file.Permissions[existing];
        if (role == DriveRoles.Owner)
        {
            var owner = file.Permissions.FindIndex(p => p.Role == DriveRoles.Owner);
            file.Permissions[owner] = file.Permissions[owner] with { Role = DriveRoles.Writer };
        }
        var id = type switch
        {
            "anyone" => discoverable ? "anyone" : "anyoneWithLink",
            "domain" => DrivePermission.IdFor(domain!) + "k",
            _ => DrivePermission.IdFor(email!),
        };
        var permission = new DrivePermission(id, type, role, email, domain, type is "anyone" or "domain" && discoverable);
        if (existing >= 0) file.Permissions[existing] = permission;
        else file.Permissions.Add(permission);
        if (role == DriveRoles.Owner)
        {
            // The new owner's permission leads the list, as the owner's always does.
            file.Permissions.Remove(permission);
            file.Permissions.Insert(0, permission);
        }
        return permission;
    }

    private ApiResult List(ApiCall call)
    {
        lock (drive.Gate)
        {
            var file = drive.Visible(call.Path("fileId"), call.Account);
            if (!DriveRoles.CanWrite(file.RoleOf(call.Account))) throw FakeDrive.InsufficientPermissions();
            var (page, next) = PageToken.Page(file.Permissions, call.Query.Get("pageToken"), call.Query.GetInt("pageSize") ?? 100);
            var answer = new JsonObject { ["kind"] = "drive#permissionList" };
            if (next is not null) answer["nextPageToken"] = next;
            answer["permissions"] = new JsonArray(page.Select(p => (JsonNode)Render(call, p)).ToArray());
            return ApiResult.Ok(answer);
        }
    }

    private ApiResult Delete(ApiCall call)
    {
        lock (drive.Gate)
        {
            var file = drive.Visible(call.Path("fileId"), call.Account);
            if (!DriveRoles.CanWrite(file.RoleOf(call.Account))) throw FakeDrive.InsufficientPermissions();
            var id = call.Path("permissionId");
            var permission = file.Permissions.FirstOrDefault(p => p.Id == id)
                ?? throw new ApiException(404, $"Permission not found: {id}.", "notFound");
            if (permission.Role == DriveRoles.Owner)
                throw new ApiException(403, "The owner of a file cannot be removed.", "cannotRemoveOwner");
            file.Permissions.Remove(permission);
            return ApiResult.NoContent;
        }
    }

    private static JsonObject Render(ApiCall call, DrivePermission permission) =>
        call.Query.Has("fields") ? permission.ToJson() : permission.ToDefaultJson();
}
