using System.Text.Json;
using McpServers.Hosting;

namespace McpServers.Memory.Graph;

/// <summary>
/// Which slice of a result to return: an offset, an optional entity limit and a byte budget for the JSON,
/// so a large graph never produces a tool result a client rejects. When it cuts, it says how to get the rest.
/// </summary>
internal sealed record GraphPage(int Offset, int? Limit, int MaxBytes)
{
    public GraphView Cut(IReadOnlyList<Entity> matches, Func<IReadOnlyCollection<Entity>, List<RelationView>> relationsOf)
    {
        var available = matches.Skip(Offset).ToList();
        var take = Math.Min(available.Count, Limit ?? int.MaxValue);
        var page = available.Take(take).ToList();
        var relations = relationsOf(page);
        // Shrink until the page fits the budget (halving first, so a huge graph converges in a few steps).
        while (page.Count > 1 && EstimateBytes(page, relations) > MaxBytes)
        {
            var keep = EstimateBytes(page, relations) > 2L * MaxBytes ? page.Count / 2 : page.Count - Math.Max(1, page.Count / 10);
            page = page.Take(keep).ToList();
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

    private static long EstimateBytes(IReadOnlyList<Entity> page, List<RelationView> relations) =>
        JsonSerializer.SerializeToUtf8Bytes(page.Select(e => e.ToView()).ToList(), ToolJson.Options).LongLength
        + JsonSerializer.SerializeToUtf8Bytes(relations, ToolJson.Options).LongLength;
}
