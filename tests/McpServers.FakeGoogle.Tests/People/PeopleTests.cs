using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.People;

public sealed class PeopleTests
{
    private static async Task<GoogleApi> WithContactsAsync()
    {
        var api = await StartAsync();
        api.Server.People.AddContact(Alice, "Ada Lovelace", "ada@analytical.test", "ada.l@example.com");
        api.Server.People.AddContact(Alice, "Charles Babbage", "charles@engine.test");
        api.Server.People.AddOtherContact(Alice, "", "grace@navy.test");
        return api;
    }

    [Fact]
    public async Task SearchContacts_MatchesWordPrefixesAndHonoursReadMask()
    {
        await using var api = await WithContactsAsync();
        var byName = await api.GetAsync("v1/people:searchContacts?query=love&readMask=names");
        var person = byName["results"]!.AsArray().Single()!["person"]!;
        Assert.StartsWith("people/c", (string)person["resourceName"]!);
        Assert.Equal("Ada Lovelace", (string)person["names"]![0]!["displayName"]!);
        Assert.Null(person["emailAddresses"]);

        var byEmail = await api.GetAsync("v1/people:searchContacts?query=charles%40eng&readMask=emailAddresses,names&pageSize=5");
        Assert.Equal("charles@engine.test", (string)byEmail["results"]![0]!["person"]!["emailAddresses"]![0]!["value"]!);

        Assert.Null((await api.GetAsync("v1/people:searchContacts?query=ovelace&readMask=names"))["results"]);
        Assert.Null((await api.GetAsync("v1/people:searchContacts?query=&readMask=names"))["results"]);
        Assert.Empty(api.Server.Violations);
    }

    [Fact]
    public async Task SearchContacts_MissingOrBadReadMask_IsRefused()
    {
        await using var api = await WithContactsAsync();
        await api.GetAsync("v1/people:searchContacts?query=ada", 400);
        Assert.Single(api.Server.Violations);
        var error = await api.GetAsync("v1/people:searchContacts?query=ada&readMask=shoeSize", 400);
        Assert.Contains("shoeSize", (string)error["error"]!["message"]!);
    }

    [Fact]
    public async Task OtherContactsSearch_FindsPeopleOneHasMailed()
    {
        await using var api = await WithContactsAsync();
        var found = await api.GetAsync("v1/otherContacts:search?query=grace&readMask=emailAddresses");
        var person = found["results"]!.AsArray().Single()!["person"]!;
        Assert.StartsWith("otherContacts/c", (string)person["resourceName"]!);
        Assert.Equal("grace@navy.test", (string)person["emailAddresses"]![0]!["value"]!);
        Assert.Null((await api.GetAsync("v1/otherContacts:search?query=ada&readMask=names"))["results"]);
        await api.GetAsync("v1/otherContacts:search?query=grace&readMask=birthdays", 400);
    }

    [Fact]
    public async Task ConnectionsList_PagesThroughContacts()
    {
        await using var api = await WithContactsAsync();
        var first = await api.GetAsync("v1/people/me/connections?personFields=names&pageSize=1&sortOrder=FIRST_NAME_ASCENDING");
        Assert.Equal("Ada Lovelace", (string)first["connections"]![0]!["names"]![0]!["displayName"]!);
        Assert.Equal(2, (int)first["totalPeople"]!);
        var second = await api.GetAsync($"v1/people/me/connections?personFields=names&pageSize=1&pageToken={(string)first["nextPageToken"]!}");
        Assert.Equal("Charles Babbage", (string)second["connections"]![0]!["names"]![0]!["displayName"]!);
    }

    [Fact]
    public async Task SearchContacts_GmailOnlyToken_LacksTheScope()
    {
        await using var api = await WithContactsAsync();
        await api.GetAsync("v1/people:searchContacts?query=ada&readMask=names", 403, api.BobHttp);
    }
}
