using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>users.settings.filters.*: stored per mailbox and applied to mail the mailbox receives.</summary>
internal sealed class FiltersApi(FakeGmail gmail)
{
    private const string Prefix = "gmail.users.settings.filters.";

    public void Map(ApiRoutes routes)
    {
        routes.Map(Prefix + "list", call =>
        {
            var filters = gmail.MailboxOf(call).Filters;
            var result = new JsonObject();
            // Gmail's ListFiltersResponse names the array "filter", and leaves it out when empty.
            if (filters.Count > 0) result["filter"] = new JsonArray(filters.Select(f => (JsonNode)ToJson(f)).ToArray());
            return ApiResult.Ok(result);
        });
        routes.Map(Prefix + "get", call =>
            ApiResult.Ok(ToJson(gmail.MailboxOf(call).FindFilter(call.Path("id")) ?? throw ApiException.NotFound())));
        routes.Map(Prefix + "create", Create);
        routes.Map(Prefix + "delete", call =>
        {
            gmail.MailboxOf(call).DeleteFilter(call.Path("id"));
            return ApiResult.NoContent;
        });
    }

    private ApiResult Create(ApiCall call)
    {
        var criteria = call.Body?["criteria"] as JsonObject ?? [];
        var action = call.Body?["action"] as JsonObject ?? [];
        if (!FilterMatcher.HasCriteria(criteria)) throw ApiException.BadRequest("Filter doesn't have any criteria", "failedPrecondition");
        if (!action.Any(p => p.Value is JsonArray { Count: > 0 } || p.Value is JsonValue))
            throw ApiException.BadRequest("Filter doesn't have any actions", "failedPrecondition");
        var filter = gmail.MailboxOf(call).AddFilter(criteria.DeepClone().AsObject(), action.DeepClone().AsObject());
        return ApiResult.Ok(ToJson(filter));
    }

    private static JsonObject ToJson(GmailFilter filter) => new()
    {
        ["id"] = filter.Id,
        ["criteria"] = filter.Criteria.DeepClone(),
        ["action"] = filter.Action.DeepClone(),
    };
}
