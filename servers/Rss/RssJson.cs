using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.Hosting;
using McpServers.Rss.Tools;

namespace McpServers.Rss;

/// <summary>Every type mcp-rss's tools take or return, as source-generated JSON (Native AOT: no reflection).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<long>))]
[JsonSerializable(typeof(Subscription))]
[JsonSerializable(typeof(Unsubscription))]
[JsonSerializable(typeof(FeedList))]
[JsonSerializable(typeof(FeedPreview))]
[JsonSerializable(typeof(EntryPage))]
[JsonSerializable(typeof(EntryView))]
[JsonSerializable(typeof(MarkResult))]
[JsonSerializable(typeof(SearchResults))]
[JsonSerializable(typeof(Digest))]
[JsonSerializable(typeof(RefreshReport))]
[JsonSerializable(typeof(OpmlImport))]
[JsonSerializable(typeof(OpmlExport))]
internal sealed partial class RssJson : JsonSerializerContext
{
    /// <summary>Options the tools are registered with.</summary>
    public static JsonSerializerOptions ToolOptions => field ??= ToolJson.For(Default);
}
