using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace McpServers.Memory.Graph;

/// <summary>
/// Which slice of a result to return: an offset, an optional entity limit and a byte budget for the JSON,
/// so a large graph never produces a tool result a client rejects. When it cuts, it says how to get the rest.
/// </summary>
internal sealed record GraphPage(int Offset, int? Limit, int MaxBytes)
{
    // Room for the paging fields (truncated, totalEntities, nextOffset, note) around the entities and relations.
    private const int PagingFieldsBytes = 512;

    public GraphView Cut(IReadOnlyList<Entity> matches, Func<IReadOnlyCollection<Entity>, List<RelationView>> relationsOf)
    {
        var budget = Math.Max(MaxBytes - PagingFieldsBytes, 1);
        var page = new List<Entity>();
        long used = 0;
        foreach (var entity in matches.Skip(Offset).Take(Limit ?? int.MaxValue))
        {
            var size = SizeOf(entity.ToView(), MemoryJson.Default.EntityView);
            if (page.Count > 0 && used + size > budget)
                break;
            page.Add(entity);
            used += size;
        }
        var relations = relationsOf(page);
        // Relations count against the budget too: drop entities (and so their relations) until both fit.
        while (page.Count > 1 && used + SizeOf<IReadOnlyList<RelationView>>(relations, MemoryJson.Default.IReadOnlyListRelationView) > budget)
        {
            page.RemoveRange(page.Count - Math.Max(1, page.Count / 10), Math.Max(1, page.Count / 10));
            used = page.Sum(e => SizeOf(e.ToView(), MemoryJson.Default.EntityView));
            relations = relationsOf(page);
        }
        var views = page.Select(e => e.ToView()).ToList();
        var truncated = Offset + page.Count < matches.Count;
        if (!truncated && Offset == 0 && Limit is null)
            return new GraphView(views, relations);
        var next = Offset + page.Count;
        return new GraphView(views, relations)
        {
            Truncated = truncated,
            TotalEntities = matches.Count,
            NextOffset = truncated ? next : null,
            Note = truncated
                ? $"Showing entities {Offset}-{next - 1} of {matches.Count}; call again with offset={next} for more, or narrow the query."
                : null,
        };
    }

    private static long SizeOf<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type).LongLength + 1;
}
