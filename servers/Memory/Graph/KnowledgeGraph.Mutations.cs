namespace McpServers.Memory.Graph;

/// <summary>The six mutating operations of the official server, with its semantics where they are sound.</summary>
internal sealed partial class KnowledgeGraph
{
    /// <summary>Creates entities whose names are new; existing names and repeats within the call are skipped.</summary>
    public IReadOnlyList<EntityView> CreateEntities(IReadOnlyList<EntityView> entities, GraphChanges changes)
    {
        foreach (var entity in entities)
        {
            RequireName(entity.Name, "entity name");
            RequireName(entity.EntityType, $"entityType of '{entity.Name}'");
        }
        var created = new List<EntityView>();
        foreach (var input in entities)
        {
            if (_entities.ContainsKey(input.Name))
                continue;
            var entity = new Entity(input.Name, input.EntityType, (input.Observations ?? []).Distinct(StringComparer.Ordinal).ToList());
            _entities.Add(entity.Name, entity);
            changes.EntityWritten(entity);
            created.Add(entity.ToView());
        }
        return created;
    }

    /// <summary>Creates relations not already present; both endpoints must exist (the official server does not check).</summary>
    public IReadOnlyList<RelationView> CreateRelations(IReadOnlyList<RelationView> relations, GraphChanges changes)
    {
        var missing = relations
            .SelectMany(r => new[] { (Relation: r, Name: r.From), (Relation: r, Name: r.To) })
            .Where(p => !_entities.ContainsKey(p.Name ?? ""))
            .ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(m => $"'{m.Name}'").Distinct());
            throw new GraphInputException(
                $"No relation was created: {names} {(missing.Select(m => m.Name).Distinct().Count() == 1 ? "is not an entity" : "are not entities")} "
                + $"(first in {new RelationKey(missing[0].Relation.From, missing[0].Relation.To, missing[0].Relation.RelationType)}). Create them with create_entities first.");
        }
        foreach (var relation in relations)
            RequireName(relation.RelationType, $"relationType of {relation.From} -> {relation.To}");
        var created = new List<RelationView>();
        foreach (var input in relations)
        {
            var relation = new Relation(input.From, input.To, input.RelationType);
            if (!_relations.TryAdd(relation.Key, relation))
                continue;
            changes.RelationAdded(relation);
            created.Add(relation.ToView());
        }
        return created;
    }

    /// <summary>Adds observations not already present; an unknown entity fails the whole call and changes nothing.</summary>
    public IReadOnlyList<ObservationAdded> AddObservations(IReadOnlyList<ObservationAddition> additions, GraphChanges changes)
    {
        var unknown = additions.Select(a => a.EntityName).Where(n => !_entities.ContainsKey(n ?? "")).Distinct().ToList();
        if (unknown.Count > 0)
            throw new GraphInputException($"Entity with name {unknown[0]} not found; no observation was added. Create it with create_entities first.");
        var results = new List<ObservationAdded>();
        foreach (var addition in additions)
        {
            var entity = _entities[addition.EntityName];
            var added = new List<string>();
            foreach (var content in addition.Contents ?? [])
            {
                if (!entity.Observations.Contains(content, StringComparer.Ordinal))
                {
                    entity.Observations.Add(content);
                    added.Add(content);
                }
            }
            if (added.Count > 0)
                changes.EntityWritten(entity);
            results.Add(new ObservationAdded(addition.EntityName, added));
        }
        return results;
    }

    /// <summary>Deletes entities and every relation touching them; unknown names are ignored.</summary>
    public void DeleteEntities(IReadOnlyList<string> names, GraphChanges changes)
    {
        var doomed = names.Where(n => n is not null && _entities.ContainsKey(n)).ToHashSet(StringComparer.Ordinal);
        if (doomed.Count == 0)
            return;
        foreach (var relation in _relations.Values.Where(r => doomed.Contains(r.From) || doomed.Contains(r.To)).ToList())
        {
            _relations.Remove(relation.Key);
            changes.RelationDeleted(relation.Key);
        }
        foreach (var name in doomed)
        {
            _entities.Remove(name);
            changes.EntityDeleted(name);
        }
    }

    /// <summary>Deletes observations; unknown entities and observations are ignored.</summary>
    public void DeleteObservations(IReadOnlyList<ObservationDeletion> deletions, GraphChanges changes)
    {
        foreach (var deletion in deletions)
        {
            if (deletion.EntityName is null || !_entities.TryGetValue(deletion.EntityName, out var entity))
                continue;
            var doomed = (deletion.Observations ?? []).ToHashSet(StringComparer.Ordinal);
            if (entity.Observations.RemoveAll(doomed.Contains) > 0)
                changes.EntityWritten(entity);
        }
    }

    /// <summary>Deletes relations; missing ones are ignored.</summary>
    public void DeleteRelations(IReadOnlyList<RelationView> relations, GraphChanges changes)
    {
        foreach (var relation in relations)
        {
            var key = new RelationKey(relation.From, relation.To, relation.RelationType);
            if (_relations.Remove(key))
                changes.RelationDeleted(key);
        }
    }

    private static void RequireName(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new GraphInputException($"The {what} is empty; give a non-empty string. Nothing was changed.");
    }
}
