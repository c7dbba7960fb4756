namespace McpServers.FakeGoogle.Drive;

/// <summary>
/// files.list orderBy: comma-separated keys, each optionally followed by "desc" ("modifiedTime desc,name"). Keys the
/// fake keeps no data for (starred, quotaBytesUsed, ...) are accepted and leave the order as it was.
/// </summary>
internal static class FileOrder
{
    private static readonly string[] _keys =
    [
        "createdTime", "folder", "modifiedByMeTime", "modifiedTime", "name", "name_natural", "quotaBytesUsed", "recency",
        "sharedWithMeTime", "starred", "viewedByMeTime",
    ];

    public static IEnumerable<DriveFile> Apply(IEnumerable<DriveFile> files, string? orderBy)
    {
        if (string.IsNullOrWhiteSpace(orderBy)) return files;
        IOrderedEnumerable<DriveFile>? ordered = null;
        foreach (var part in orderBy.Split(',', StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2 || !_keys.Contains(words[0]) || (words.Length == 2 && words[1] != "desc"))
                throw DriveQueryLexer.Invalid();
            var descending = words.Length == 2;
            ordered = words[0] switch
            {
                "name" or "name_natural" => Then(ordered, files, f => f.Name, descending, StringComparer.OrdinalIgnoreCase),
                "createdTime" => Then(ordered, files, f => f.CreatedTime, descending, Comparer<DateTimeOffset>.Default),
                "modifiedTime" or "modifiedByMeTime" or "recency" or "viewedByMeTime" =>
                    Then(ordered, files, f => f.ModifiedTime, descending, Comparer<DateTimeOffset>.Default),
                _ => Then(ordered, files, _ => 0, descending, Comparer<int>.Default),
            };
        }
        return ordered ?? files;
    }

    private static IOrderedEnumerable<DriveFile> Then<TKey>(IOrderedEnumerable<DriveFile>? ordered, IEnumerable<DriveFile> files,
        Func<DriveFile, TKey> key, bool descending, IComparer<TKey> comparer) => (ordered, descending) switch
    {
        (null, false) => files.OrderBy(key, comparer),
        (null, true) => files.OrderByDescending(key, comparer),
        (_, false) => ordered.ThenBy(key, comparer),
        (_, true) => ordered.ThenByDescending(key, comparer),
    };
}
