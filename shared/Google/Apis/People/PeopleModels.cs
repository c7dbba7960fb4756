using System.Text.Json.Serialization;

namespace McpServers.Google.Apis.People;

// The People API v1 resources used to find a person's address by name (people.searchContacts, otherContacts.search).

/// <summary>An answer of <c>people:searchContacts</c> or <c>otherContacts:search</c>.</summary>
public sealed record PeopleSearchResponse([property: JsonPropertyName("results")] IReadOnlyList<PeopleSearchResult>? Results);

/// <summary>One match.</summary>
public sealed record PeopleSearchResult([property: JsonPropertyName("person")] Person? Person);

/// <summary>A contact, with the fields asked for in <c>readMask</c>.</summary>
public sealed record Person(
    [property: JsonPropertyName("resourceName")] string? ResourceName,
    [property: JsonPropertyName("names")] IReadOnlyList<PersonName>? Names,
    [property: JsonPropertyName("emailAddresses")] IReadOnlyList<PersonEmail>? EmailAddresses);

/// <summary>A name of a contact.</summary>
public sealed record PersonName([property: JsonPropertyName("displayName")] string? DisplayName);

/// <summary>An email address of a contact.</summary>
public sealed record PersonEmail([property: JsonPropertyName("value")] string? Value);

[JsonSerializable(typeof(PeopleSearchResponse))]
internal sealed partial class PeopleJson : JsonSerializerContext;
