using System.Text.Json.Nodes;

namespace McpServers.Memory.Graph;

/// <summary>
/// The knowledge graph in memory, in file order. Every mutation checks its whole input before changing anything,
/// so a rejected call leaves the graph as it was, and reports what it changed to a <see cref="GraphChanges"/>
/// (the records the write-ahead log stores).
/// </summary>
internal sealed partial class KnowledgeGraph
{
    private readonly OrderedDictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<RelationKey, Relation> _relations = new();

    /// <summary>Lines of types we do not know, kept verbatim and written back after the relations.</summary>
    public List<JsonObject> UnknownLines { get; } = [];

    public IEnumerable<Entity> Entities => _entities.Values;

    public IEnumerable<Relation> Relations => _relations.Values;

    public int EntityCount => _entities.Count;

    public int RelationCount => _relations.Count;

    public bool Contains(string entityName) => _entities.ContainsKey(entityName);

    public Entity? Find(string entityName) => _entities.GetValueOrDefault(entityName);

    /// <summary>Adds or replaces an entity (replay and load use this; tools use the checked operations).</summary>
    public void Upsert(Entity entity)
    {
        if (_entities.TryGetValue(entity.Name, out _))
            _entities[entity.Name] = entity;
        else
            _entities.Add(entity.Name, entity);
    }

    public bool Add(Relation relation) => _relations.TryAdd(relation.Key, relation);

    public bool RemoveEntity(string name) => _entities.Remove(name);

    public bool RemoveRelation(RelationKey key) => _relations.Remove(key);

    public KnowledgeGraph Clone()
    {
        var copy = new KnowledgeGraph();
        foreach (var entity in _entities.Values)
            copy._entities.Add(entity.Name, entity.Clone());
        foreach (var relation in _relations.Values)
            copy._relations.Add(relation.Key, relation);
        copy.UnknownLines.AddRange(UnknownLines.Select(l => (JsonObject)l.DeepClone()));
        return copy;
    }
}
