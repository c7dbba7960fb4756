using System.Diagnostics;
using System.Globalization;
using McpServers.Rss.Parsing;

// rss-bench <corpus-folder> <repetitions>: parses every *.xml of the corpus N times with mcp-rss's parser and prints
// one JSON line: feeds parsed ok / failed (of those with a *.serde.json expectation), non-feeds rejected, documents per second.
var files = Directory.GetFiles(args[0], "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
var repetitions = int.Parse(args[1], CultureInfo.InvariantCulture);
var documents = files.Select(f => (Path: f, Bytes: File.ReadAllBytes(f), IsFeed: File.Exists(Path.ChangeExtension(f, ".serde.json")))).ToArray();
var (ok, failed, rejected) = (0, new List<string>(), 0);
foreach (var document in documents)
{
    try
    {
        FeedParser.Parse(document.Bytes);
        if (document.IsFeed)
            ok++;
    }
    catch (FeedFormatException)
    {
        if (document.IsFeed)
            failed.Add(Path.GetFileName(document.Path));
        else
            rejected++;
    }
}
for (var i = 0; i < 3; i++) // warm-up: let the JIT finish before timing
    foreach (var document in documents)
        Parse(document.Bytes);
var clock = Stopwatch.StartNew();
for (var i = 0; i < repetitions; i++)
    foreach (var document in documents)
        Parse(document.Bytes);
var perSecond = documents.Length * repetitions / clock.Elapsed.TotalSeconds;
Console.WriteLine($$"""{"parser":"mcp-rss","ok":{{ok}},"failed":{{failed.Count}},"failedFiles":"{{string.Join(" ", failed)}}","nonFeedsRejected":{{rejected}},"nonFeeds":{{documents.Count(d => !d.IsFeed)}},"docsPerSecond":{{perSecond.ToString("0", CultureInfo.InvariantCulture)}}}""");

static void Parse(byte[] bytes)
{
    try
    {
        FeedParser.Parse(bytes);
    }
    catch (FeedFormatException)
    {
    }
}
