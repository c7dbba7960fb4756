namespace McpServers.Memory.Tools;

/// <summary>The structured result of the delete tools, as the official server returns it.</summary>
public sealed record Acknowledgement(bool Success, string Message);

/// <summary>Output of create_entities.</summary>
public sealed record CreatedEntities(IReadOnlyList<Graph.EntityView> Entities);

/// <summary>Output of create_relations.</summary>
public sealed record CreatedRelations(IReadOnlyList<Graph.RelationView> Relations);

/// <summary>Output of add_observations.</summary>
public sealed record AddedObservations(IReadOnlyList<Graph.ObservationAdded> Results);
