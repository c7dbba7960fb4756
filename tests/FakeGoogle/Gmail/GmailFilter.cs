using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Gmail;

/// <summary>A settings filter: criteria and action as in the discovery document's FilterCriteria / FilterAction.</summary>
public sealed record GmailFilter(string Id, JsonObject Criteria, JsonObject Action);
