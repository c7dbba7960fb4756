using System.Globalization;
using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>Filter criteria as a Gmail query, which is how Gmail itself describes them ("Matches: from:(x) ...").</summary>
internal static class FilterMatcher
{
    public static GmailQuery ToQuery(JsonObject criteria)
    {
        var terms = new List<string>();
        if ((string?)criteria["from"] is { Length: > 0 } from) terms.Add($"from:\"{from}\"");
        if ((string?)criteria["to"] is { Length: > 0 } to) terms.Add($"to:\"{to}\"");
        if ((string?)criteria["subject"] is { Length: > 0 } subject) terms.Add($"subject:\"{subject}\"");
        if ((string?)criteria["query"] is { Length: > 0 } query) terms.Add($"({query})");
        if ((string?)criteria["negatedQuery"] is { Length: > 0 } negated) terms.Add($"-({negated})");
        if (criteria["hasAttachment"]?.GetValue<bool>() == true) terms.Add("has:attachment");
        if (criteria["size"] is { } size && (string?)criteria["sizeComparison"] is "larger" or "smaller")
            terms.Add($"{(string?)criteria["sizeComparison"]}:{size.ToJsonString().Trim('"').ToString(CultureInfo.InvariantCulture)}");
        return GmailQuery.Parse(string.Join(' ', terms));
    }

    public static bool HasCriteria(JsonObject criteria) =>
        criteria.Any(p => p.Key != "excludeChats" && p.Key != "sizeComparison" && p.Value is not null);
}
