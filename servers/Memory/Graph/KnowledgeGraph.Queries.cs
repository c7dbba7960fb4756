namespace McpServers.Memory.Graph;

/// <summary>The three read operations, with paging and an output budget.</summary>
internal sealed partial class KnowledgeGraph
{
    /// <summary>Entities by paging, with relations whose source is among them (and relations of unknown source on the first page).</summary>
    public GraphView Read(GraphPage page)
    {
        var entities = _entities.Values.ToList();
        return page.Cut(entities, pageEntities =>
        {
            var names = pageEntities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            return _relations.Values
                .Where(r => names.Contains(r.From) || (page.Offset == 0 && !_entities.ContainsKey(r.From)))
                .Select(r => r.ToView())
                .ToList();
        });
    }

    /// <summary>Case-insensitive substring match over name, type and observations; relations touching any match.</summary>
    public GraphView Search(string query, GraphPage page)
    {
        var matches = _entities.Values.Where(e =>
                e.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || e.EntityType.Contains(query, StringComparison.OrdinalIgnoreCase)
                || e.Observations.Exists(o => o.Contains(query, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return page.Cut(matches, TouchingRelations);
    }

    /// <summary>The named entities and the relations touching any of them.</summary>
    public GraphView Open(IReadOnlyList<string> names)
    {
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        var entities = _entities.Values.Where(e => wanted.Contains(e.Name)).ToList();
        return new GraphView(entities.Select(e => e.ToView()).ToList(), TouchingRelations(entities));
    }

    private List<RelationView> TouchingRelations(IReadOnlyCollection<Entity> entities)
    {
        var names = entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        return _relations.Values.Where(r => names.Contains(r.From) || names.Contains(r.To)).Select(r => r.ToView()).ToList();
    }
}
