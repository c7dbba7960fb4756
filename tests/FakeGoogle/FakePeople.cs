using System.Collections.Concurrent;
using McpServers.FakeGoogle.Hosting;
using McpServers.FakeGoogle.People;

namespace McpServers.FakeGoogle;

/// <summary>The People API's contacts and "other contacts" (people one has mailed), per account, in memory.</summary>
public sealed class FakePeople
{
    private readonly ConcurrentDictionary<string, List<Contact>> _contacts = new(StringComparer.OrdinalIgnoreCase);
    private long _next = 7_000_000_000_000_000;

    internal FakePeople() { }

    /// <summary>Adds a contact of the account; returns its resource name ("people/c…").</summary>
    public string AddContact(string accountEmail, string name, params string[] emails) => Add(accountEmail, name, emails, other: false);

    /// <summary>Adds an "other contact" (someone the account has mailed); returns its resource name ("otherContacts/c…").</summary>
    public string AddOtherContact(string accountEmail, string name, params string[] emails) => Add(accountEmail, name, emails, other: true);

    /// <summary>The account's contacts and other contacts, in the order added.</summary>
    public IReadOnlyList<Contact> Contacts(string accountEmail)
    {
        var list = _contacts.GetOrAdd(accountEmail, _ => []);
        lock (list) return list.ToArray();
    }

    internal void MapRoutes(ApiRoutes routes) => new PeopleApi(this).Map(routes);

    private string Add(string accountEmail, string name, string[] emails, bool other)
    {
        var id = $"c{Interlocked.Increment(ref _next)}";
        var contact = new Contact(other ? $"otherContacts/{id}" : $"people/{id}", name, emails, other);
        var list = _contacts.GetOrAdd(accountEmail, _ => []);
        lock (list) list.Add(contact);
        return contact.ResourceName;
    }
}
