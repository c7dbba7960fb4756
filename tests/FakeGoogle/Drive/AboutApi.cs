using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Drive;

/// <summary>about.get: who the caller is and a storage quota. Drive requires "fields" on this method.</summary>
internal sealed class AboutApi(FakeDrive drive)
{
    public void Map(ApiRoutes routes) => routes.Map("drive.about.get", Get);

    private ApiResult Get(ApiCall call)
    {
        if (!call.Query.Has("fields")) throw new ApiException(400, "The 'fields' parameter is required for this method.", "required");
        lock (drive.Gate) drive.KnowAccount(call.Account);
        return ApiResult.Ok(new JsonObject
        {
            ["kind"] = "drive#about",
            ["user"] = new JsonObject
            {
                ["kind"] = "drive#user",
                ["displayName"] = DrivePermission.DisplayName(call.Account),
                ["me"] = true,
                ["permissionId"] = DrivePermission.IdFor(call.Account),
                ["emailAddress"] = call.Account,
            },
            ["storageQuota"] = new JsonObject
            {
                ["limit"] = "16106127360",
                ["usage"] = "0",
                ["usageInDrive"] = "0",
                ["usageInDriveTrash"] = "0",
            },
        });
    }
}
