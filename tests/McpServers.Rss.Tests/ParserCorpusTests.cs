using System.Text.Json;
using McpServers.Rss.Parsing;

namespace McpServers.Rss.Tests;

/// <summary>
/// Every corpus feed read by our parser against feed-rs's model of it (the *.serde.json files): titles, links, dates in
/// UTC, authors and entry counts. Where we read a feed differently on purpose, <see cref="Deliberate"/> says so.
/// </summary>
public sealed class ParserCorpusTests
{
    /// <summary>Field-level differences we chose, keyed by "file:field", with the reason.</summary>
    private static readonly Dictionary<string, string> Deliberate = new()
    {
        ["rss2/rss_2.0_ilgiornale.xml:entry[0].authors"] = AuthorName,
        ["rss2/rss_2.0_relurl_1.xml:entry[0].authors"] = AuthorName,
        ["rss2/rss_2.0_relurl_1.xml:entry[1].authors"] = AuthorName,
        ["rss2/rss_2.0_spec_1.xml:entry[0].links"] = PermalinkGuid,
        ["rss2/rss_2.0_spec_1.xml:entry[1].links"] = PermalinkGuid,
        ["rss1/rss_1.0_spec_2.xml:published"] = "its dc:date '2000-01-01T12:00+00:00' has no seconds; ISO 8601 allows that and we read it, feed-rs does not",
        ["rss2/rss_2.0_dbengines.xml:published"] = "the channel has no pubDate but a dc:date; we read it as the publication date, feed-rs ignores dc: on an RSS 2.0 channel",
    };

    private const string AuthorName = "RSS 2.0 <author> is 'email (Name)'; we report the person's name, feed-rs reports the literal word 'author'";
    private const string PermalinkGuid = "the item has no <link> but a permalink <guid> (an http URL, isPermaLink not false): RSS 2.0 says that is the item's URL, so we use it as its link";

    [Fact]
    public void Corpus_Has61FeedsWithExpectations() => Assert.Equal(61, Corpus.FeedsWithExpectations().Count());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Feed_MatchesTheReferenceModel(string file)
    {
        var path = Path.Combine(Corpus.Root, file);
        var feed = FeedParser.Parse(File.ReadAllBytes(path));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".serde.json")));
        var model = expected.RootElement;
        var problems = new List<string>();
        void Check(string field, object? want, object? got)
        {
            if (!Equals(want, got) && !Deliberate.ContainsKey($"{file}:{field}"))
                problems.Add($"{field}: expected <{want}> got <{got}>");
        }

        Check("title", Normalize(Text(model, "title")), Normalize(feed.Title));
        Check("links", Hrefs(model), string.Join(" ", feed.Links.Where(l => IsAtom(model) || l.Rel != "enclosure").Select(l => l.Href)));
        Check("updated", Date(model, "updated"), feed.Updated);
        Check("published", Date(model, "published"), feed.Published);
        Check("authors", Names(model, "authors"), string.Join(" | ", feed.Authors));
        var entries = model.GetProperty("entries");
        Check("entries", entries.GetArrayLength(), feed.Entries.Count);
        for (var i = 0; i < Math.Min(entries.GetArrayLength(), feed.Entries.Count); i++)
        {
            var want = entries[i];
            var got = feed.Entries[i];
            Check($"entry[{i}].title", Normalize(Text(want, "title")), Normalize(got.Title));
            Check($"entry[{i}].links", Hrefs(want), string.Join(" ", got.Links.Where(l => IsAtom(model) || l.Rel != "enclosure").Select(l => l.Href)));
            Check($"entry[{i}].published", Date(want, "published"), got.Published);
            Check($"entry[{i}].updated", Date(want, "updated"), got.Updated);
            Check($"entry[{i}].authors", Names(want, "authors"), string.Join(" | ", got.Authors));
        }
        Assert.True(problems.Count == 0, $"{file} ({feed.Format}):\n  " + string.Join("\n  ", problems));
    }

    public static TheoryData<string> Cases() => Corpus.Expected();

    private static bool IsAtom(JsonElement model) => model.GetProperty("feed_type").GetString() == "Atom";

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value.GetProperty("content").GetString() : null;

    private static string? Normalize(string? text) => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hrefs(JsonElement parent) => string.Join(" ", parent.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("href").GetString()));

    private static string Names(JsonElement parent, string name) => string.Join(" | ", parent.GetProperty(name).EnumerateArray().Select(a => a.GetProperty("name").GetString()));

    private static DateTimeOffset? Date(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? DateTimeOffset.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime() : null;
}
