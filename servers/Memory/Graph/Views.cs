using System.ComponentModel;
using System.Text.Json.Serialization;

namespace McpServers.Memory.Graph;

/// <summary>An entity as tools take and return it (the official server's shape).</summary>
public sealed record EntityView(
    [property: Description("The name of the entity")] string Name,
    [property: Description("The type of the entity")] string EntityType,
    [property: Description("An array of observation contents associated with the entity")] IReadOnlyList<string> Observations);

/// <summary>A relation as tools take and return it.</summary>
public sealed record RelationView(
    [property: Description("The name of the entity where the relation starts")] string From,
    [property: Description("The name of the entity where the relation ends")] string To,
    [property: Description("The type of the relation")] string RelationType);

/// <summary>Observations to add to one entity.</summary>
public sealed record ObservationAddition(
    [property: Description("The name of the entity to add the observations to")] string EntityName,
    [property: Description("An array of observation contents to add")] IReadOnlyList<string> Contents);

/// <summary>What add_observations added to one entity.</summary>
public sealed record ObservationAdded(string EntityName, IReadOnlyList<string> AddedObservations);

/// <summary>Observations to delete from one entity.</summary>
public sealed record ObservationDeletion(
    [property: Description("The name of the entity containing the observations")] string EntityName,
    [property: Description("An array of observations to delete")] IReadOnlyList<string> Observations);

/// <summary>A part of the graph, with paging information when it is not the whole answer.</summary>
public sealed record GraphView(IReadOnlyList<EntityView> Entities, IReadOnlyList<RelationView> Relations)
{
    /// <summary>True when more entities match than were returned.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Truncated { get; init; }

    /// <summary>How many entities match in all.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TotalEntities { get; init; }

    /// <summary>The offset to ask for next, when truncated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? NextOffset { get; init; }

    /// <summary>A sentence telling the caller how to get the rest.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }
}
