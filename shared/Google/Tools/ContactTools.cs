using System.ComponentModel;
using McpServers.Google.Accounts;
using McpServers.Google.Apis.People;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Google.Tools;

/// <summary><c>search_contacts</c>, the same in every Google server: addresses by name, for mail and invitations.</summary>
[McpServerToolType]
public sealed class ContactTools(GoogleAccounts accounts, PeopleApi people)
{
    /// <summary>People whose name or address starts with the query.</summary>
    [McpServerTool(Name = "search_contacts", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(ContactList))]
    [Description("Finds people by the start of a name or address among the account's contacts and 'other contacts' (people it has "
        + "mailed), to address mail by name.")]
    public async Task<CallToolResult> SearchAsync([Description("Start of a name or email address, e.g. 'Ada' or 'ada@'")] string query,
        [Description("Matches per source (1-30)"), System.ComponentModel.DataAnnotations.Range(1, 30)] int maxResults = 10,
        [Description("Account name (default: --account, else the only one)")] string? account = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
            throw new ToolInputException("query: give the start of a name or address.");
        var found = await people.SearchAsync(accounts.Resolve(account), query.Trim(), maxResults, cancellationToken);
        var contacts = found.People.Select(p => new Contact(p.Names?.FirstOrDefault()?.DisplayName,
            (p.EmailAddresses ?? []).Select(e => e.Value).OfType<string>().ToList(), p.ResourceName))
            .Where(c => c.Emails.Count > 0).ToList();
        var note = found.Missing.Count == 0 ? null : "Searched only part of the contacts: " + string.Join(" ", found.Missing);
        return ToolResults.Structured(new ContactList(contacts, note), GoogleToolJson.Default.ContactList);
    }
}

/// <summary>A person found.</summary>
public sealed record Contact(string? Name, IReadOnlyList<string> Emails, string? ResourceName);

/// <summary>What search_contacts returns.</summary>
public sealed record ContactList(IReadOnlyList<Contact> Contacts, string? Note);
