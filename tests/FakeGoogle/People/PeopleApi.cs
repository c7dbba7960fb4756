using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.People;

/// <summary>people.searchContacts, otherContacts.search/list and people.connections.list.</summary>
internal sealed class PeopleApi(FakePeople people)
{
    // The documented page sizes: searches default to 10 and cap at 30; lists default to 100 and cap at 1000.
    private const int SearchDefault = 10;
    private const int SearchMax = 30;
    private const int ListDefault = 100;
    private const int ListMax = 1000;

    public void Map(ApiRoutes routes)
    {
        routes.Map("people.people.searchContacts", call =>
            Search(call, other: false, PersonJson.Mask(call.Query.Get("readMask"), PersonJson.ContactFields, "readMask")));
        routes.Map("people.otherContacts.search", call =>
            Search(call, other: true, PersonJson.Mask(call.Query.Get("readMask"), PersonJson.OtherContactFields, "readMask")));
        routes.Map("people.otherContacts.list", call =>
            List(call, other: true, "otherContacts", PersonJson.Mask(call.Query.Get("readMask"), PersonJson.OtherContactFields, "readMask")));
        routes.Map("people.people.connections.list", Connections);
    }

    private ApiResult Search(ApiCall call, bool other, IReadOnlySet<string> fields)
    {
        var size = Size(call.Query.GetInt("pageSize"), SearchDefault, SearchMax);
        var query = call.Query.Get("query") ?? "";
        var found = people.Contacts(call.Account).Where(c => c.IsOther == other && ContactSearch.Matches(c, query)).Take(size).ToArray();
        var result = new JsonObject();
        // Google leaves "results" out of an empty answer (the warm-up request with an empty query gets "{}").
        if (found.Length > 0)
            result["results"] = new JsonArray(found.Select(c => (JsonNode)new JsonObject { ["person"] = PersonJson.Person(c, fields) }).ToArray());
        return ApiResult.Ok(result);
    }

    private ApiResult Connections(ApiCall call)
    {
        if (call.Path("resourceName") != "people/me") throw ApiException.BadRequest("Only people/me is valid.");
        return List(call, other: false, "connections", PersonJson.Mask(call.Query.Get("personFields"), PersonJson.ContactFields, "personFields"));
    }

    private ApiResult List(ApiCall call, bool other, string key, IReadOnlySet<string> fields)
    {
        var all = people.Contacts(call.Account).Where(c => c.IsOther == other).ToArray();
        if (!other && call.Query.Get("sortOrder") is "FIRST_NAME_ASCENDING" or "LAST_NAME_ASCENDING")
            all = all.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToArray();
        var (page, next) = PageToken.Page(all, call.Query.Get("pageToken"), Size(call.Query.GetInt("pageSize"), ListDefault, ListMax));
        var result = new JsonObject();
        if (page.Count > 0) result[key] = new JsonArray(page.Select(c => (JsonNode)PersonJson.Person(c, fields)).ToArray());
        if (next is not null) result["nextPageToken"] = next;
        if (other) result["totalSize"] = all.Length;
        else
        {
            result["totalPeople"] = all.Length;
            result["totalItems"] = all.Length;
        }
        return ApiResult.Ok(result);
    }

    private static int Size(int? requested, int fallback, int max) =>
        requested is null or <= 0 ? fallback : Math.Min(requested.Value, max);
}
