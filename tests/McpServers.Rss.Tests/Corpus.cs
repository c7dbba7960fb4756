namespace McpServers.Rss.Tests;

/// <summary>The feed-rs fixture corpus (MIT, see Feeds/SOURCE.txt), copied beside the tests.</summary>
public static class Corpus
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Feeds");

    public static IEnumerable<string> FeedsWithExpectations() =>
        Directory.GetFiles(Root, "*.xml", SearchOption.AllDirectories).Where(f => File.Exists(Path.ChangeExtension(f, ".serde.json"))).Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    public static TheoryData<string> Expected()
    {
        var data = new TheoryData<string>();
        foreach (var file in FeedsWithExpectations())
            data.Add(Relative(file));
        return data;
    }
}
