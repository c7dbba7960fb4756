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

    /// <summary>
    /// Contacts then other contacts matching <paramref name="query"/> (a prefix of a name or address), at most
    /// <paramref name="pageSize"/> of each. A source the account may not read (its scope not granted) is left out and
    /// named in <see cref="PeopleSearch.Missing"/>; only when both fail is it an error.
    /// </summary>
    public async Task<PeopleSearch> SearchAsync(GoogleAccount account, string query, int pageSize, CancellationToken cancellationToken)
    {
        var contacts = SourceAsync(account, "v1/people:searchContacts", query, pageSize, [ContactsScope, "https://www.googleapis.com/auth/contacts"], cancellationToken);
        var others = SourceAsync(account, "v1/otherContacts:search", query, pageSize, [OtherContactsScope], cancellationToken);
        var answers = await Task.WhenAll(contacts, others);
        if (answers.All(a => a.Failure is not null))
            throw answers[0].Failure!;
        var people = answers.SelectMany(a => a.People).ToList();
        var missing = answers.Where(a => a.Failure is not null).Select(a => a.Failure!.Message).ToList();
        return new PeopleSearch(people, missing);
    }

    private async Task<(IReadOnlyList<Person> People, GoogleApiException? Failure)> SourceAsync(GoogleAccount account, string path, string query,
        int pageSize, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await client.SendAsync(account, Search(path, query, pageSize, scopes), PeopleJson.Default.PeopleSearchResponse, cancellationToken);
            return ((answer.Results ?? []).Select(r => r.Person).OfType<Person>().ToList(), null);
        }
        catch (GoogleApiException e)
        {
            return ([], e);
        }
    }

    private static GoogleRequest Search(string path, string query, int pageSize, IReadOnlyList<string> scopes) =>
        new GoogleRequest(GoogleApi.People, HttpMethod.Get, path) { Scopes = scopes }
            .With("query", query).With("pageSize", pageSize).With("readMask", "names,emailAddresses");
}

/// <summary>What a search found, and why a source was left out (its error message), if one was.</summary>
public sealed record PeopleSearch(IReadOnlyList<Person> People, IReadOnlyList<string> Missing);
