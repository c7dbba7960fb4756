using System.Globalization;
using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>JSON pieces several Gmail handlers answer with.</summary>
internal static class GmailJson
{
    /// <summary>What send, modify, trash and insert answer: {id, threadId, labelIds}.</summary>
    public static JsonObject Brief(StoredMessage message) => new()
    {
        ["id"] = message.Id,
        ["threadId"] = message.ThreadId,
        ["labelIds"] = Strings(message.Labels.Order(StringComparer.Ordinal)),
    };

    public static JsonObject Ids(StoredMessage message) => new() { ["id"] = message.Id, ["threadId"] = message.ThreadId };

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());

    public static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> StringList(JsonNode? node) =>
        node is JsonArray array ? array.Select(v => (string?)v).OfType<string>().ToArray() : [];

    /// <summary>maxResults as Gmail takes it: default 100, at most 500.</summary>
    public static int PageSize(int? maxResults, int fallback = 100, int max = 500) =>
        maxResults is null or <= 0 ? fallback : Math.Min(maxResults.Value, max);
}
