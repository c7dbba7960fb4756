using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Drive;

/// <summary>
/// files.list, files.get, files.update (name, trashed) and files.delete. Without a "fields" parameter Drive answers a
/// file with kind, id, name and mimeType only; the rest must be asked for, as on Google.
/// </summary>
internal sealed class FilesApi(FakeDrive drive)
{
    private const string Prefix = "drive.files.";

    public void Map(ApiRoutes routes)
    {
        routes.Map(Prefix + "list", List);
        routes.Map(Prefix + "get", Get);
        routes.Map(Prefix + "update", Update);
        routes.Map(Prefix + "delete", Delete);
    }

    private ApiResult List(ApiCall call)
    {
        var query = call.Query;
        var predicate = DriveQuery.Parse(query.Get("q") ?? "");
        lock (drive.Gate)
        {
            drive.KnowAccount(call.Account);
            var context = new DriveQueryContext(call.Account, drive.ContentText);
            var found = drive.Files.Where(f => f.IsListedFor(call.Account) && predicate(f, context));
            var ordered = FileOrder.Apply(found, query.Get("orderBy")).ToList();
            var (page, next) = PageToken.Page(ordered, query.Get("pageToken"), query.GetInt("pageSize") ?? 100);
            var answer = new JsonObject { ["kind"] = "drive#fileList" };
            if (next is not null) answer["nextPageToken"] = next;
            answer["incompleteSearch"] = false;
            answer["files"] = new JsonArray(page.Select(f => (JsonNode)Render(call, f)).ToArray());
            return ApiResult.Ok(answer);
        }
    }

    private ApiResult Get(ApiCall call)
    {
        lock (drive.Gate)
        {
            var file = drive.Visible(call.Path("fileId"), call.Account);
            if (call.Query.Get("alt") == "media")
            {
                if (file.MimeType.StartsWith("application/vnd.google-apps.", StringComparison.Ordinal))
                    throw new ApiException(403, "Only files with binary content can be downloaded. Use Export with Docs Editors files.", "fileNotDownloadable");
                throw new ApiException(501, "drive.files.get with alt=media is not implemented by the fake", "notImplemented");
            }
            return ApiResult.Ok(Render(call, file));
        }
    }

    private ApiResult Update(ApiCall call)
    {
        var body = call.Body as JsonObject ?? [];
        var unsupported = body.Select(p => p.Key).Where(k => k is not ("name" or "trashed")).ToArray();
        if (unsupported.Length > 0 || call.Media is not null)
            throw new ApiException(501, $"drive.files.update of {string.Join(", ", unsupported.DefaultIfEmpty("media"))} is not implemented by the fake", "notImplemented");
        lock (drive.Gate)
        {
            var file = drive.Visible(call.Path("fileId"), call.Account);
            var role = file.RoleOf(call.Account);
            if (!DriveRoles.CanWrite(role)) throw FakeDrive.InsufficientPermissions();
            if (body["trashed"] is { } trashed)
            {
                if (role != DriveRoles.Owner) throw FakeDrive.InsufficientPermissions();
                file.Trashed = trashed.GetValue<bool>();
            }
            if ((string?)body["name"] is { } name)
            {
                file.Name = name;
                file.ModifiedTime = call.Now;
            }
            return ApiResult.Ok(Render(call, file));
        }
    }

    private ApiResult Delete(ApiCall call)
    {
        lock (drive.Gate)
        {
            var file = drive.Visible(call.Path("fileId"), call.Account);
            if (file.RoleOf(call.Account) != DriveRoles.Owner) throw FakeDrive.InsufficientPermissions();
            drive.Remove(file);
            return ApiResult.NoContent;
        }
    }

    private static JsonObject Render(ApiCall call, DriveFile file) =>
        call.Query.Has("fields") ? FileJson.Full(file, call.Account) : FileJson.Default(file);
}
