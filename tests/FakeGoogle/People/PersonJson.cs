using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.People;

/// <summary>A contact as a People API Person, with only the fields the read mask asks for.</summary>
internal static class PersonJson
{
    public static readonly IReadOnlySet<string> ContactFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "addresses", "ageRanges", "biographies", "birthdays", "calendarUrls", "clientData", "coverPhotos",
        "emailAddresses", "events", "externalIds", "genders", "imClients", "interests", "locales", "locations",
        "memberships", "metadata", "miscKeywords", "names", "nicknames", "occupations", "organizations",
        "phoneNumbers", "photos", "relations", "sipAddresses", "skills", "urls", "userDefined",
    };

    public static readonly IReadOnlySet<string> OtherContactFields =
        new HashSet<string>(StringComparer.Ordinal) { "emailAddresses", "metadata", "names", "phoneNumbers" };

    /// <summary>The mask's fields; 400 when empty or naming a field this method does not offer.</summary>
    public static IReadOnlySet<string> Mask(string? mask, IReadOnlySet<string> allowed, string parameter)
    {
        var fields = (mask ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.StartsWith("person.", StringComparison.Ordinal) ? f[7..] : f)
            .ToHashSet(StringComparer.Ordinal);
        if (fields.Count == 0) throw ApiException.BadRequest($"{parameter} is required. Please specify one or more valid paths.");
        if (fields.FirstOrDefault(f => !allowed.Contains(f)) is { } bad)
            throw ApiException.BadRequest($"Invalid {parameter} path: \"{bad}\". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/get.");
        return fields;
    }

    public static JsonObject Person(Contact contact, IReadOnlySet<string> fields)
    {
        var source = new JsonObject
        {
            ["type"] = contact.IsOther ? "OTHER_CONTACT" : "CONTACT",
            ["id"] = contact.ResourceName[(contact.ResourceName.IndexOf('/') + 1)..],
        };
        var person = new JsonObject
        {
            ["resourceName"] = contact.ResourceName,
            ["etag"] = "%EgUBAi43PRoEAQIFByIMRmFrZUdvb2dsZQ==",
        };
        if (fields.Contains("names") && contact.Name.Length > 0)
            person["names"] = new JsonArray(new JsonObject
            {
                ["metadata"] = Metadata(source, primary: true),
                ["displayName"] = contact.Name,
                ["unstructuredName"] = contact.Name,
            });
        if (fields.Contains("emailAddresses") && contact.Emails.Count > 0)
            person["emailAddresses"] = new JsonArray(contact.Emails.Select((email, i) => (JsonNode)new JsonObject
            {
                ["metadata"] = Metadata(source, primary: i == 0),
                ["value"] = email,
            }).ToArray());
        return person;
    }

    private static JsonObject Metadata(JsonObject source, bool primary)
    {
        var metadata = new JsonObject { ["source"] = source.DeepClone() };
        if (primary) metadata["primary"] = true;
        return metadata;
    }
}
