using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle;

/// <summary>
/// A cell as a test sees it: its effective value (a JSON number, boolean or string; a formula's current result; an
/// error as its code, e.g. "#DIV/0!"; null when it has no value), its formula ("=SUM(A1:A3)") if any, the text it
/// displays, and its userEnteredFormat.
/// </summary>
public sealed record FakeCell(JsonNode? Value, string? Formula, string Formatted, JsonObject? Format);
