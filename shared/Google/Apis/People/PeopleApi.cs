using McpServers.Google.Accounts;
using McpServers.Google.Http;

namespace McpServers.Google.Apis.People;

/// <summary>Finds people by name or address among the account's contacts and "other contacts" (people it has mailed).</summary>
public sealed class PeopleApi(GoogleApiClient client)
{
    /// <summary>The scope of the account's own contacts.</summary>
    public const string ContactsScope = "https://www.googleapis.com/auth/contacts.readonly";

    /// <summary>The scope of "other contacts".</summary>
    public const string OtherContactsScope = "https://www.googleapis.com/auth/contacts.other.readonly";

    /// <summary>Contacts then other contacts matching <paramref name="query"/> (a prefix of a name or address), at most <paramref name="pageSize"/> of each.</summary>
    public async Task<IReadOnlyList<Person>> SearchAsync(GoogleAccount account, string query, int pageSize, CancellationToken cancellationToken)
    {
        var contacts = client.SendAsync(account, Search("v1/people:searchContacts", query, pageSize, [ContactsScope, "https://www.googleapis.com/auth/contacts"]),
            PeopleJson.Default.PeopleSearchResponse, cancellationToken);
        var others = client.SendAsync(account, Search("v1/otherContacts:search", query, pageSize, [OtherContactsScope]),
            PeopleJson.Default.PeopleSearchResponse, cancellationToken);
        var found = (await contacts).Results ?? [];
        return found.Concat((await others).Results ?? []).Select(r => r.Person).OfType<Person>().ToList();
    }

    private static GoogleRequest Search(string path, string query, int pageSize, IReadOnlyList<string> scopes) =>
        new GoogleRequest(GoogleApi.People, HttpMethod.Get, path) { Scopes = scopes }
            .With("query", query).With("pageSize", pageSize).With("readMask", "names,emailAddresses");
}
